package org.segmenta.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class OutliersTest {

    private static final Table PEOPLE = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));

    @Test
    void tukeyFencesOfPersonalityIncomeMatchNumpy() {
        Table report = Outliers.report(PEOPLE, 1.5, "Income");

        // numpy 1.24.2 on the 2216 present incomes: q1, q3 = np.quantile(x, [.25, .75]); fences q1 - 1.5 iqr,
        // q3 + 1.5 iqr -> -14525.5, 118350.5; 0 below, 8 above (the 666666 income among them)
        assertEquals(-14525.5, report.doubleColumn("Lower fence").get(0), 1e-9);
        assertEquals(118350.5, report.doubleColumn("Upper fence").get(0), 1e-9);
        assertEquals(0, report.intColumn("Below").get(0));
        assertEquals(8, report.intColumn("Above").get(0));
        assertEquals(666666.0, report.doubleColumn("Most extreme").get(0));
    }

    @Test
    void capIqrClipsToTheFencesAndKeepsGaps() {
        // 1, 2, 3, 4, 100: q1 = 2, q3 = 4, fences at 1.5 IQR: [-1, 7]
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 100, Double.NaN));

        Table capped = Outliers.capIqr(table, 1.5, "x");

        assertEquals(7.0, capped.doubleColumn("x").get(4));
        assertTrue(capped.doubleColumn("x").isMissing(5));
        assertEquals(100.0, table.doubleColumn("x").get(4));
    }

    @Test
    void capQuantilesWinsorisesAtNumpyQuantiles() {
        Table capped = Outliers.capQuantiles(PEOPLE, 0.01, 0.99, "Income");

        // numpy 1.24.2: np.quantile(x, [0.01, 0.99]) -> [7579.2, 94458.8]
        double[] values = org.segmenta.exploring.NumericColumns.presentValues(capped, "Income");
        assertEquals(7579.2, java.util.Arrays.stream(values).min().orElseThrow(), 1e-9);
        assertEquals(94458.8, java.util.Arrays.stream(values).max().orElseThrow(), 1e-9);
        assertEquals(24, capped.column("Income").countMissing());
    }

    @Test
    void fencesOfAHandExample() {
        assertArrayEquals(new double[] {-1, 7}, Outliers.iqrFences(new double[] {1, 2, 3, 4, 100}, 1.5), 1e-12);
    }
}
