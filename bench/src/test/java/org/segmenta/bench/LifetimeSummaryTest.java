package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;

class LifetimeSummaryTest {

    // Customers 1, 2 and 3 of the published CDNOW sample summary (x, t_x, T, m_x; m_x NaN for x = 0), as pandas writes
    // them in btyd_reference.py --write-summary: 2, 30.43, 38.86, 22.35; 1, 1.71, 38.86, 11.77; 0, 0, 38.86.
    private static final double[][] ROWS = {{2, 213 / 7.0, 272 / 7.0, 22.345}, {1, 12 / 7.0, 272 / 7.0, 11.77},
            {0, 0, 272 / 7.0, Double.NaN}};

    @TempDir
    Path directory;

    @Test
    void turnsTheRowsIntoTheLibrarysSummaryInWeeks() {
        RepeatPurchaseSummary s = LifetimeSummary.of(ROWS);
        assertEquals(3, s.size());
        assertEquals(TimeUnit.WEEKS, s.unit());
        assertArrayEquals(new int[] {2, 1, 0}, s.frequencies());
        assertArrayEquals(new double[] {213 / 7.0, 12 / 7.0, 0}, s.recencies());
        assertEquals(272 / 7.0, s.age(2));
        double[] spend = s.meanSpends().orElseThrow();
        assertEquals(22.345, spend[0]);
        assertTrue(Double.isNaN(spend[2]));
    }

    @Test
    void readsWhatBinaryMatrixWrote() throws IOException {
        Path file = directory.resolve("s.f64");
        BinaryMatrix.write(file, ROWS);
        assertArrayEquals(new int[] {2, 1, 0}, LifetimeSummary.read(file, 3).frequencies());
    }

    @Test
    void rejectsAFractionalFrequencyNamingTheRow() {
        double[][] rows = {ROWS[0], {1.5, 1, 38, 10}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifetimeSummary.of(rows));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("x = 1.5"), e.getMessage());
    }

    @Test
    void writesAMissingSummaryOnceAndCountsItsCustomers() throws Exception {
        Path orders = Files.writeString(directory.resolve("cdnow.csv"), "customer_id,date,cds,amount\n");
        List<Path> written = new ArrayList<>();
        LifetimeSummary.Writer writer = (from, to) -> {
            written.add(from);
            BinaryMatrix.write(to, ROWS);
        };
        DataSet first = LifetimeSummary.ensure("cdnow-sample", orders, directory, writer, message -> { });
        DataSet second = LifetimeSummary.ensure("cdnow-sample", orders, directory, writer, message -> { });
        assertEquals(List.of(orders), written, "written once, read after");
        assertEquals(3, first.rows());
        assertEquals(4, first.columns());
        assertEquals(first, second);
        assertTrue(first.description().startsWith("3 customers of `cdnow.csv`"), first.description());
    }

    @Test
    void aTruncatedSummaryIsRefusedWithWhatToDo() throws IOException {
        Path orders = Files.writeString(directory.resolve("cdnow.csv"), "customer_id,date,cds,amount\n");
        Files.write(directory.resolve("cdnow-sample-summary-weeks-to-1997-09-30.f64"), new byte[40]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifetimeSummary.ensure(
                "cdnow-sample", orders, directory, (from, to) -> { }, message -> { }));
        assertTrue(e.getMessage().contains("40 bytes") && e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void missingOrdersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LifetimeSummary.ensure(
                "cdnow-master", directory.resolve("absent.csv.gz"), directory, (from, to) -> { }, message -> { }));
        assertTrue(e.getMessage().contains("absent.csv.gz"), e.getMessage());
    }
}
