package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import smile.clustering.Clustering;
import smile.clustering.KMeans;
import smile.util.AlgoStatus;
import smile.util.IterativeAlgorithmController;

class SmileIterationsTest {

    @Test
    void seesAReportAsSoonAsItIsSubmitted() {
        SmileIterations iterations = new SmileIterations();
        try (IterativeAlgorithmController<AlgoStatus> controller = iterations.controller()) {
            controller.submit(new AlgoStatus(7, 1.0));
            assertEquals(7, iterations.last(), "delivered on the calling thread, before submit returns");
        }
    }

    @Test
    void countsTheSingleIterationOfASmileRunCappedAtOne() {
        // With maxIter = 1, KMeans.lloyd runs and reports exactly one iteration (its loop is iter = 1..maxIter).
        double[][] x = {{0, 0}, {0, 1}, {10, 10}, {10, 11}, {5, 5}};
        SmileIterations iterations = new SmileIterations();
        try (IterativeAlgorithmController<AlgoStatus> controller = iterations.controller()) {
            KMeans.lloyd(x, new Clustering.Options(2, 1, 1e-4, controller));
        }
        assertEquals(1, iterations.last());
    }
}
