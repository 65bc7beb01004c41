package org.segmenta.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.progress.Cancellation;
import org.segmenta.progress.Progress;
import org.segmenta.progress.ProgressReport;
import org.segmenta.progress.TaskProgress;
import org.segmenta.testing.MallData;
import org.segmenta.testing.Points;
import org.segmenta.testing.RandomPoints;
import org.segmenta.testing.ProgressReports;

/**
 * Hierarchical clustering with progress reports and stopping:
 * {@link HierarchicalClustering#fit(FeatureMatrix, Linkage, Progress)}.
 */
class HierarchicalClusteringProgressTest {

    private static final FeatureMatrix MALL = FeatureMatrix.of(CustomerData.mallCustomers(MallData.FILE),
            "Annual Income (k$)", "Spending Score (1-100)");

    /** 3,000 customers: above the matrix limit, so Ward runs on centroids. */
    private static final FeatureMatrix LARGE = uniform(HierarchicalClustering.WARD_MATRIX_LIMIT + 500, 2, 5);

    private static FeatureMatrix uniform(int n, int p, long seed) {
        return Points.of(new RandomPoints(seed).uniform(n, p));
    }

    private static void assertMonotoneAndComplete(List<ProgressReport> reports, String task, int merges) {
        assertTrue(!reports.isEmpty() && reports.size() <= TaskProgress.MOST_REPORTS, reports.size() + " reports");
        assertTrue(ProgressReports.increasing(reports), reports::toString);
        for (ProgressReport report : reports) {
            assertEquals(task, report.task());
            assertEquals("merges", report.unit());
            assertEquals(merges, report.total());
        }
        assertEquals(merges, reports.getLast().done());
    }

    @Test
    void wardOnCentroidsReportsItsMergesAtMostAHundredTimesUpToTheLast() {
        ProgressReports reports = new ProgressReports();

        HierarchicalClustering.fit(LARGE, Linkage.WARD, Progress.to(reports));

        // 2,999 merges: a report every ceil(2999 / 100) = 30 merges, at 30, 60, ..., 2,970, and at 2,999
        assertEquals(100, reports.all().size());
        assertMonotoneAndComplete(reports.all(), "Ward linkage", 2999);
    }

    @Test
    void wardOnTheDistanceMatrixReportsItsMergesUpToTheLast() {
        ProgressReports reports = new ProgressReports();

        HierarchicalClustering.fit(MALL, Linkage.WARD, Progress.to(reports));

        assertMonotoneAndComplete(reports.all(), "Ward linkage", 199);
    }

    @Test
    void everyLinkageReportsItsMergesUpToTheLast() {
        for (Linkage linkage : Linkage.values()) {
            ProgressReports reports = new ProgressReports();

            HierarchicalClustering.fit(MALL, linkage, Progress.to(reports));

            assertMonotoneAndComplete(reports.all(), linkage.displayName(), 199);
        }
    }

    @Test
    void givesTheSameTreeWithProgressAsWithout() {
        for (FeatureMatrix x : List.of(MALL, LARGE)) {
            MergeTree quiet = HierarchicalClustering.fit(x, Linkage.WARD);
            MergeTree reported = HierarchicalClustering.fit(x, Linkage.WARD,
                    Progress.to(new ProgressReports()).cancelledBy(new Cancellation()));

            assertArrayEquals(quiet.linkageMatrix(), reported.linkageMatrix());
        }
    }

    @Test
    void cancellingStopsWardAtTheNextReportSayingHowManyMergesWereMade() {
        Cancellation stop = new Cancellation();
        Progress cancelAtTheFirstReport = Progress.to(report -> stop.cancel()).cancelledBy(stop);

        CancellationException e = assertThrows(CancellationException.class,
                () -> HierarchicalClustering.fit(LARGE, Linkage.WARD, cancelAtTheFirstReport));

        assertEquals("Ward linkage stopped after 30 of 2,999 merges: it was cancelled", e.getMessage());
    }

    @Test
    void aCancelledTokenStopsEveryLinkageBeforeItStarts() {
        Cancellation stop = new Cancellation();
        stop.cancel();
        for (Linkage linkage : Linkage.values()) {
            CancellationException e = assertThrows(CancellationException.class,
                    () -> HierarchicalClustering.fit(MALL, linkage, Progress.silent().cancelledBy(stop)));

            assertEquals(linkage.displayName() + " stopped after 0 of 199 merges: it was cancelled", e.getMessage());
        }
    }

    @Test
    void interruptingTheCallingThreadStopsWard() throws InterruptedException {
        AtomicReference<String> message = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                HierarchicalClustering.fit(LARGE, Linkage.WARD, Progress.to(report -> {
                    if (report.done() == 60) {
                        Thread.currentThread().interrupt();
                    }
                }));
            } catch (CancellationException e) {
                message.set(e.getMessage());
            }
        });
        caller.start();
        caller.join();

        assertEquals("Ward linkage stopped after 60 of 2,999 merges: the calling thread was interrupted",
                message.get());
    }
}
