package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The lib's warnings about the segments reach standard error, one line each, named as the command's. */
class WarningsTest {

    private static final FeatureMatrix FOUR_POINTS = FeatureMatrix.of(Table.create("points",
            DoubleColumn.create("x", 0, 1, 9, 10)), "x");

    private static String printed(Segmentation segmentation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SegmentCommand.printWarnings(segmentation, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFitStoppedAtItsIterationCapIsPrintedAsAWarning() {
        // One iteration cannot converge on 0, 1, 9, 10 with k = 2 (see the lib's KMeansTest), so there is one warning.
        Segmentation stopped = KMeans.withK(2).restarts(2).seed(1).maxIterations(1).fit(FOUR_POINTS);

        assertEquals("segment: warning: " + stopped.warnings().get(0) + System.lineSeparator(), printed(stopped));
    }

    @Test
    void aConvergedFitPrintsNothing() {
        assertEquals("", printed(KMeans.withK(2).restarts(2).seed(1).fit(FOUR_POINTS)));
    }
}
