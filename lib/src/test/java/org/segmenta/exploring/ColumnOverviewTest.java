package org.segmenta.exploring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ColumnOverviewTest {

    @Test
    void describesEachColumnWithMissingDistinctAndNumericStatistics() {
        Table table = Table.create("tiny",
                DoubleColumn.create("x", 4, Double.NaN, 1, 10),
                StringColumn.create("g", "a", "b", "a", ""));

        Table overview = ColumnOverview.of(table);

        assertEquals(2, overview.rowCount());
        assertEquals("x", overview.stringColumn("Column").get(0));
        assertEquals(1, overview.intColumn("Missing").get(0));
        assertEquals(3, overview.intColumn("Distinct").get(0));
        assertEquals(1.0, overview.doubleColumn("Min").get(0));
        assertEquals(5.0, overview.doubleColumn("Mean").get(0), 1e-12);
        assertEquals(4.0, overview.doubleColumn("Median").get(0));
        assertEquals(10.0, overview.doubleColumn("Max").get(0));
        assertEquals(1, overview.intColumn("Missing").get(1));
        assertEquals(2, overview.intColumn("Distinct").get(1));
        assertTrue(overview.doubleColumn("Mean").isMissing(1));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, ColumnOverview.median(new double[] {1, 2, 3, 4}));
        assertEquals(2.0, ColumnOverview.median(new double[] {1, 2, 3}));
    }

    @Test
    void personalityIncomeMatchesPandas() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));

        Table overview = ColumnOverview.of(people);
        int row = overview.stringColumn("Column").indexOf("Income");

        // pandas 1.5.3: d = pd.read_csv('data/marketing_campaign.csv', sep='\t');
        // d['Income'].isna().sum() -> 24, d['Income'].median() -> 51381.5, d['Income'].mean() -> 52247.25135379061
        assertEquals(24, overview.intColumn("Missing").get(row));
        assertEquals(51381.5, overview.doubleColumn("Median").get(row), 1e-9);
        assertEquals(52247.25135379061, overview.doubleColumn("Mean").get(row), 1e-6);
    }
}
