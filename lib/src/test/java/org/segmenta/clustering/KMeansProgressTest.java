package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.testing.Partitions.assertSameFit;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Cancellation;
import org.segmenta.progress.Progress;
import org.segmenta.progress.ProgressReport;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;
import org.segmenta.testing.ProgressReports;

/** k-means with progress reports and stopping: {@link KMeans#progress}. */
class KMeansProgressTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");

    /** n customers with p features drawn uniformly from [0, 1) (seeded): no structure, so restarts take a while. */
    private static FeatureMatrix uniform(int n, int p, long seed) {
        return Points.of(new RandomPoints(seed).uniform(n, p));
    }

    @Test
    void reportsEachRestartOnceInOrderUntilAllAreDone() {
        ProgressReports reports = new ProgressReports();

        KMeans.withK(5).restarts(10).seed(42).progress(Progress.to(reports)).fit(MALL);

        List<ProgressReport> all = reports.all();
        assertArrayEquals(IntStream.rangeClosed(1, 10).toArray(), ProgressReports.dones(all));
        for (ProgressReport report : all) {
            assertEquals("k-means (k = 5)", report.task());
            assertEquals("restarts", report.unit());
            assertEquals(10, report.total());
        }
    }

    @Test
    void givesTheSameSegmentsWithProgressAsWithout() {
        FeatureMatrix x = uniform(5000, 3, 7);
        KMeans kMeans = KMeans.withK(6).restarts(8).seed(3);

        Segmentation quiet = kMeans.fit(x);
        Segmentation reported = kMeans.progress(Progress.to(new ProgressReports()).cancelledBy(new Cancellation()))
                .fit(x);

        assertSameFit(quiet, reported);
    }

    @Test
    void aCancelledTokenStopsTheFitBeforeItStarts() {
        Cancellation stop = new Cancellation();
        stop.cancel();
        ProgressReports reports = new ProgressReports();

        CancellationException e = assertThrows(CancellationException.class,
                () -> KMeans.withK(5).progress(Progress.to(reports).cancelledBy(stop)).fit(MALL));

        assertEquals("k-means (k = 5) stopped after 0 of 10 restarts: it was cancelled", e.getMessage());
        assertEquals(List.of(), reports.all());
    }

    @Test
    void cancellingDuringTheFitStopsItOnceTheRestartsUnderWayEnd() {
        Cancellation stop = new Cancellation();
        ProgressReports reports = new ProgressReports();
        Progress cancelAtTheThirdRestart = Progress.to(report -> {
            reports.progress(report);
            if (report.done() == 3) {
                stop.cancel();
            }
        }).cancelledBy(stop);

        CancellationException e = assertThrows(CancellationException.class,
                () -> KMeans.withK(5).restarts(50).progress(cancelAtTheThirdRestart).fit(MALL));

        Matcher message = Pattern.compile("k-means \\(k = 5\\) stopped after (\\d+) of 50 restarts: it was cancelled")
                .matcher(e.getMessage());
        assertTrue(message.matches(), e.getMessage());
        int done = Integer.parseInt(message.group(1));
        // restarts begun before the cancel end; at most one per thread of the common pool and the caller
        assertTrue(done >= 3 && done <= 3 + Runtime.getRuntime().availableProcessors(), e.getMessage());
        assertEquals(done, reports.all().size());
    }

    @Test
    void interruptingTheCallingThreadStopsALargeFitWellBeforeItWouldFinish() throws InterruptedException {
        FeatureMatrix large = uniform(200_000, 5, 11);
        CountDownLatch firstRestartDone = new CountDownLatch(1);
        AtomicReference<CancellationException> stopped = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                KMeans.withK(8).restarts(50).seed(1)
                        .progress(Progress.to(report -> firstRestartDone.countDown())).fit(large);
            } catch (CancellationException e) {
                stopped.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        }, "k-means caller");
        caller.start();
        assertTrue(firstRestartDone.await(120, TimeUnit.SECONDS), "no restart ended within 2 minutes");

        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(120));

        CancellationException e = stopped.get();
        assertNotNull(e, "the fit was not stopped");
        Matcher message = Pattern.compile(
                "k-means \\(k = 8\\) stopped after (\\d+) of 50 restarts: the calling thread was interrupted")
                .matcher(e.getMessage());
        assertTrue(message.matches(), e.getMessage());
        assertTrue(Integer.parseInt(message.group(1)) <= 10, e.getMessage());
        assertTrue(stillInterrupted.get(), "the caller's interrupt status was cleared");
    }

    @Test
    void aThreadInterruptedBeforeTheFitStopsAtOnce() throws InterruptedException {
        AtomicReference<String> message = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                KMeans.withK(5).fit(MALL);
            } catch (CancellationException e) {
                message.set(e.getMessage());
            }
        });
        caller.start();
        caller.join();

        assertEquals("k-means (k = 5) stopped after 0 of 10 restarts: the calling thread was interrupted",
                message.get());
    }
}
