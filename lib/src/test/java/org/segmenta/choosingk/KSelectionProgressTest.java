package org.segmenta.choosingk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.KMeansSettings;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Cancellation;
import org.segmenta.progress.Progress;
import org.segmenta.progress.ProgressReport;
import org.segmenta.testing.MallData;
import org.segmenta.testing.ProgressReports;

/** Choosing k with progress reports and stopping: {@link KSelectionOptions#progress(Progress)}. */
class KSelectionProgressTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");
    private static final KMeansSettings FOUR_RESTARTS = KMeans.settings().restarts(4).seed(42);
    private static final KSelectionOptions THREE_REFERENCES = KSelectionOptions.defaults().gapReferences(3);

    @Test
    void reportsEachValueOfKThenEachGapReferenceFitInOrderUpToTheLast() {
        ProgressReports reports = new ProgressReports();

        KSelection.sweep(MALL, 1, 6, FOUR_RESTARTS, THREE_REFERENCES.progress(Progress.to(reports)));

        List<ProgressReport> values = reports.of("choosing k (k = 1..6)");
        List<ProgressReport> gapFits = reports.of("choosing k: gap statistic");
        assertArrayEquals(IntStream.rangeClosed(1, 6).toArray(), ProgressReports.dones(values));
        assertEquals("values of k", values.getFirst().unit());
        assertEquals(6, values.getFirst().total());
        // 3 reference data sets × 6 values of k
        assertArrayEquals(IntStream.rangeClosed(1, 18).toArray(), ProgressReports.dones(gapFits));
        assertEquals("k-means fits on reference data", gapFits.getFirst().unit());
        assertEquals(18, gapFits.getFirst().total());
        assertEquals(24, reports.all().size(), "the k-means fits report nothing of their own:\n" + reports);
        assertEquals(values, reports.all().subList(0, 6), "the values of k come first:\n" + reports);
    }

    @Test
    void givesTheSameSelectionWithProgressAsWithout() {
        KSelection quiet = KSelection.sweep(MALL, 1, 6, FOUR_RESTARTS, THREE_REFERENCES);
        KSelection reported = KSelection.sweep(MALL, 1, 6, FOUR_RESTARTS,
                THREE_REFERENCES.progress(Progress.to(new ProgressReports()).cancelledBy(new Cancellation())));

        assertArrayEquals(quiet.wcssValues(), reported.wcssValues());
        assertArrayEquals(quiet.gap().gaps(), reported.gap().gaps());
        for (int k = 2; k <= 6; k++) {
            assertArrayEquals(quiet.fit(k).labels(), reported.fit(k).labels());
            assertEquals(quiet.meanSilhouette(k), reported.meanSilhouette(k));
        }
        assertEquals(quiet.recommendedK(), reported.recommendedK());
    }

    @Test
    void cancellingStopsTheSweepAtTheNextKMeansFitSayingHowFarBothGot() {
        Cancellation stop = new Cancellation();
        Progress cancelAfterTwoValues = Progress.to(report -> {
            if (report.done() == 2) {
                stop.cancel();
            }
        }).cancelledBy(stop);

        CancellationException e = assertThrows(CancellationException.class,
                () -> KSelection.sweep(MALL, 1, 6, FOUR_RESTARTS, THREE_REFERENCES.progress(cancelAfterTwoValues)));

        assertEquals("choosing k (k = 1..6) stopped after 2 of 6 values of k: k-means (k = 3) stopped after 0 of 4 "
                + "restarts: it was cancelled", e.getMessage());
    }

    @Test
    void cancellingDuringTheGapStatisticStopsItToo() {
        Cancellation stop = new Cancellation();
        Progress cancelAtTheFifthReferenceFit = Progress.to(report -> {
            if (report.task().endsWith("gap statistic") && report.done() == 5) {
                stop.cancel();
            }
        }).cancelledBy(stop);

        CancellationException e = assertThrows(CancellationException.class, () -> KSelection.sweep(MALL, 1, 6,
                FOUR_RESTARTS, THREE_REFERENCES.progress(cancelAtTheFifthReferenceFit)));

        assertEquals("choosing k: gap statistic stopped after 5 of 18 k-means fits on reference data: k-means (k = 6) "
                + "stopped after 0 of 4 restarts: it was cancelled", e.getMessage());
    }

    @Test
    void interruptingTheCallingThreadStopsTheSweep() throws InterruptedException {
        AtomicReference<String> message = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            Progress interruptAfterOneValue = Progress.to(report -> Thread.currentThread().interrupt());
            try {
                KSelection.sweep(MALL, 1, 6, FOUR_RESTARTS, THREE_REFERENCES.progress(interruptAfterOneValue));
            } catch (CancellationException e) {
                message.set(e.getMessage());
            }
        });
        caller.start();
        caller.join();

        assertTrue(message.get() != null && message.get().startsWith(
                "choosing k (k = 1..6) stopped after 1 of 6 values of k: k-means (k = 2) stopped after 0 of 4 "
                + "restarts: the calling thread was interrupted"), String.valueOf(message.get()));
    }
}
