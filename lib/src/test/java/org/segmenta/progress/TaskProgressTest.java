package org.segmenta.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmenta.testing.ProgressReports;

class TaskProgressTest {

    private final ProgressReports reports = new ProgressReports();

    @AfterEach
    void clearTheInterruptStatus() {
        Thread.interrupted();
    }

    @Test
    void eachStepIsReportedWithOneMoreDone() {
        TaskProgress progress = Progress.to(reports).start("k-means (k = 5)", "restarts", 3);

        progress.step();
        progress.step();
        progress.step();

        assertEquals(List.of(new ProgressReport("k-means (k = 5)", "restarts", 1, 3),
                new ProgressReport("k-means (k = 5)", "restarts", 2, 3),
                new ProgressReport("k-means (k = 5)", "restarts", 3, 3)), reports.all());
    }

    @Test
    void stepsFromManyThreadsAreReportedInOrderAndCompletely() {
        TaskProgress progress = Progress.to(reports).start("parallel work", "units", 2000);

        IntStream.range(0, 2000).parallel().forEach(unit -> progress.step());

        assertArrayEquals(IntStream.rangeClosed(1, 2000).toArray(), ProgressReports.dones(reports.all()));
    }

    @Test
    void aStepBeyondTheTotalIsAnError() {
        TaskProgress progress = Progress.silent().start("t", "units", 1);
        progress.step();

        IllegalStateException e = assertThrows(IllegalStateException.class, progress::step);
        assertEquals("t: all 1 units were done already", e.getMessage());
    }

    @Test
    void advancingReportsEveryOnePercentOfTheTotalAndTheEnd() {
        // 250 units: a report every ceil(250 / 100) = 3 units, at 3, 6, ..., 249, and at 250: 84 reports
        TaskProgress progress = Progress.to(reports).start("Ward linkage", "merges", 250);

        for (int merge = 1; merge <= 250; merge++) {
            progress.advanceTo(merge);
        }

        int[] expected = IntStream.concat(IntStream.iterate(3, d -> d <= 249, d -> d + 3), IntStream.of(250)).toArray();
        assertArrayEquals(expected, ProgressReports.dones(reports.all()));
    }

    @Test
    void advancingNeverReportsMoreThanAHundredTimes() {
        TaskProgress progress = Progress.to(reports).start("Ward linkage", "merges", 99_999);

        for (int merge = 1; merge <= 99_999; merge++) {
            progress.advanceTo(merge);
        }

        List<ProgressReport> all = reports.all();
        assertTrue(all.size() <= TaskProgress.MOST_REPORTS, all.size() + " reports");
        assertEquals(99_999, all.getLast().done());
        assertTrue(ProgressReports.increasing(all), reports::toString);
    }

    @Test
    void advancingBySeveralUnitsAtOnceReportsWhereItGot() {
        TaskProgress progress = Progress.to(reports).start("t", "units", 10);

        progress.advanceTo(7);
        progress.advanceTo(10);

        assertArrayEquals(new int[] {7, 10}, ProgressReports.dones(reports.all()));
    }

    @Test
    void aCancelledTaskStopsAtItsNextCheckpointSayingHowFarItGot() {
        Cancellation stop = new Cancellation();
        TaskProgress progress = Progress.silent().cancelledBy(stop).start("k-means (k = 5)", "restarts", 10);
        progress.step();
        progress.step();
        progress.step();
        assertDoesNotThrow(progress::checkpoint);

        stop.cancel();

        CancellationException e = assertThrows(CancellationException.class, progress::checkpoint);
        assertEquals("k-means (k = 5) stopped after 3 of 10 restarts: it was cancelled", e.getMessage());
    }

    @Test
    void interruptingTheThreadThatStartedTheTaskStopsIt() {
        TaskProgress progress = Progress.silent().start("k-means (k = 5)", "restarts", 10);

        Thread.currentThread().interrupt();

        CancellationException e = assertThrows(CancellationException.class, progress::checkpoint);
        assertEquals("k-means (k = 5) stopped after 0 of 10 restarts: the calling thread was interrupted",
                e.getMessage());
    }

    @Test
    void theInterruptStatusIsLeftForTheCaller() {
        TaskProgress progress = Progress.silent().start("t", "units", 10);
        Thread.currentThread().interrupt();

        assertThrows(CancellationException.class, progress::checkpoint);

        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void anotherThreadSeesTheStopOfTheThreadThatStartedTheTask() {
        TaskProgress progress = Progress.silent().start("t", "units", 10);
        Thread.currentThread().interrupt();
        AtomicReference<Boolean> seen = new AtomicReference<>();

        Thread worker = new Thread(() -> seen.set(progress.stopRequested()));
        worker.start();
        joinUninterruptibly(worker);

        assertTrue(seen.get());
    }

    @Test
    void anInterruptOfAnotherThreadDoesNotStopTheTask() throws InterruptedException {
        TaskProgress progress = Progress.silent().start("t", "units", 10);
        AtomicReference<Boolean> seen = new AtomicReference<>();

        Thread worker = new Thread(() -> {
            Thread.currentThread().interrupt();
            seen.set(progress.stopRequested());
        });
        worker.start();
        worker.join();

        assertFalse(seen.get());
    }

    @Test
    void finishingWithUnitsUndoneThrowsTheStop() {
        Cancellation stop = new Cancellation();
        TaskProgress progress = Progress.silent().cancelledBy(stop).start("k-means (k = 5)", "restarts", 10);
        progress.step();
        stop.cancel();
        assertTrue(progress.stopRequested());

        CancellationException e = assertThrows(CancellationException.class, progress::finish);
        assertEquals("k-means (k = 5) stopped after 1 of 10 restarts: it was cancelled", e.getMessage());
    }

    @Test
    void finishingWithEveryUnitDoneReturnsEvenIfCancelledAtTheEnd() {
        Cancellation stop = new Cancellation();
        TaskProgress progress = Progress.silent().cancelledBy(stop).start("t", "units", 2);
        progress.step();
        progress.step();
        stop.cancel();

        assertDoesNotThrow(progress::finish);
    }

    @Test
    void aNestedTaskStopsWhenTheOuterTasksThreadIsInterrupted() {
        TaskProgress outer = Progress.silent().start("choosing k (k = 1..6)", "values of k", 6);
        Progress nested = outer.nested();
        Thread.currentThread().interrupt();
        AtomicReference<Boolean> seen = new AtomicReference<>();

        // started on a worker thread, whose own interrupt status is clear
        Thread worker = new Thread(() -> seen.set(nested.start("k-means (k = 3)", "restarts", 10).stopRequested()));
        worker.start();
        joinUninterruptibly(worker);

        assertTrue(seen.get());
    }

    @Test
    void aNestedTaskStopsWithTheOuterCancellationAndReportsNothing() {
        Cancellation stop = new Cancellation();
        TaskProgress outer = Progress.to(reports).cancelledBy(stop).start("outer", "units", 2);
        TaskProgress inner = outer.nested().start("inner", "units", 2);
        inner.step();
        stop.cancel();

        assertThrows(CancellationException.class, inner::checkpoint);
        assertEquals(List.of(), reports.all());
    }

    @Test
    void theStopOfANestedTaskIsWrappedWithHowFarTheOuterTaskGot() {
        TaskProgress outer = Progress.silent().start("choosing k (k = 2..10)", "values of k", 9);
        outer.step();
        outer.step();
        CancellationException nested = new CancellationException(
                "k-means (k = 4) stopped after 3 of 10 restarts: it was cancelled");

        CancellationException wrapped = outer.stoppedBy(nested);

        assertEquals("choosing k (k = 2..10) stopped after 2 of 9 values of k: k-means (k = 4) stopped after 3 of "
                + "10 restarts: it was cancelled", wrapped.getMessage());
        assertSame(nested, wrapped.getCause());
    }

    @Test
    void aTaskNeedsAtLeastOneUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Progress.silent().start("t", "units", 0));
        assertEquals("a task needs at least 1 unit of work, got 0 units for t", e.getMessage());
    }

    /**
     * Waits for {@code worker} while this thread's interrupt status stays set, as the worker must see it (join would
     * throw at once, and clearing the status first would hide it).
     */
    private static void joinUninterruptibly(Thread worker) {
        while (worker.isAlive()) {
            Thread.onSpinWait();
        }
    }
}
