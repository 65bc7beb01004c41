package org.segmenta.stability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Cancellation;
import org.segmenta.progress.Progress;
import org.segmenta.progress.ProgressReport;
import org.segmenta.testing.MallData;
import org.segmenta.testing.ProgressReports;

/** The bootstrap with progress reports and stopping: {@link BootstrapStability#progress(Progress)}. */
class BootstrapStabilityProgressTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");
    private static final KMeans K_MEANS = KMeans.withK(5).restarts(3).seed(42);
    private static final Segmentation SEGMENTS = K_MEANS.fit(MALL);

    @Test
    void reportsEachResampleInOrderUpToTheLast() {
        ProgressReports reports = new ProgressReports();

        BootstrapStability.of(K_MEANS).samples(20).progress(Progress.to(reports)).assess(SEGMENTS);

        assertArrayEquals(IntStream.rangeClosed(1, 20).toArray(), ProgressReports.dones(reports.all()));
        ProgressReport last = reports.all().getLast();
        assertEquals("bootstrap of k-means (k = 5): 20 of 20 resamples", last.toString());
    }

    @Test
    void givesTheSameAssessmentWithProgressAsWithout() {
        StabilityAssessment quiet = BootstrapStability.of(K_MEANS).samples(20).assess(SEGMENTS);
        StabilityAssessment reported = BootstrapStability.of(K_MEANS).samples(20)
                .progress(Progress.to(new ProgressReports()).cancelledBy(new Cancellation())).assess(SEGMENTS);

        for (int s = 0; s < SEGMENTS.k(); s++) {
            assertArrayEquals(quiet.segment(s).jaccards(), reported.segment(s).jaccards());
        }
    }

    @Test
    void cancellingStopsBeforeTheNextResample() {
        Cancellation stop = new Cancellation();
        Progress cancelAtTheThirdResample = Progress.to(report -> {
            if (report.done() == 3) {
                stop.cancel();
            }
        }).cancelledBy(stop);

        CancellationException e = assertThrows(CancellationException.class, () -> BootstrapStability.of(K_MEANS)
                .samples(20).progress(cancelAtTheThirdResample).assess(SEGMENTS));

        assertEquals("bootstrap of k-means (k = 5) stopped after 3 of 20 resamples: it was cancelled", e.getMessage());
    }

    @Test
    void cancellingStopsBetweenResamplesOfAGivenMethod() {
        Cancellation stop = new Cancellation();
        AtomicInteger calls = new AtomicInteger();
        BootstrapStability ownMethod = BootstrapStability.of(resampled -> {
            if (calls.incrementAndGet() == 2) {
                stop.cancel();
            }
            return K_MEANS.fit(resampled);
        }).samples(20).progress(Progress.silent().cancelledBy(stop));

        CancellationException e = assertThrows(CancellationException.class, () -> ownMethod.assess(SEGMENTS));

        // the method cancelled during its second call, which it finished; the third was never made
        assertEquals("bootstrap of the given method stopped after 2 of 20 resamples: it was cancelled",
                e.getMessage());
        assertEquals(2, calls.get());
    }
}
