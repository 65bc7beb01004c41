package org.segmenta.exploring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.segmenta.data.CustomerData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class CorrelationMatrixTest {

    private static final String AGE = "Age";
    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";

    @Test
    void mallCorrelationsMatchPandas() {
        Table mall = CustomerData.mallCustomers(Path.of("../data/mall_customers.csv"));

        CorrelationMatrix r = CorrelationMatrix.of(mall, AGE, INCOME, SCORE);

        // pandas 1.5.3: d[['Age','Annual Income (k$)','Spending Score (1-100)']].corr().values
        assertArrayEquals(new double[] {1.0, -0.01239804, -0.32722685}, r.values()[0], 1e-8);
        assertArrayEquals(new double[] {-0.01239804, 1.0, 0.00990285}, r.values()[1], 1e-8);
        assertEquals(-0.32722685, r.get(SCORE, AGE), 1e-8);
    }

    @Test
    void rowsWithAMissingValueAreLeftOutOfThatPairOnly() {
        Table people = CustomerData.customerPersonality(Path.of("../data/marketing_campaign.csv"));

        CorrelationMatrix r = CorrelationMatrix.of(people, "Income", "MntWines");

        // numpy 1.24.2 on the rows with Income present: np.corrcoef(p.dropna(subset=['Income'])['Income'],
        // p.dropna(subset=['Income'])['MntWines'])[0, 1] -> 0.5786497501367384
        assertEquals(0.5786497501367384, r.get("Income", "MntWines"), 1e-12);
    }

    @Test
    void perfectlyLinearColumnsCorrelateAtPlusOrMinusOne() {
        Table table = Table.create("line", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("up", 2, 4, 6),
                DoubleColumn.create("down", 3, 2, 1));

        CorrelationMatrix r = CorrelationMatrix.of(table, "x", "up", "down");

        assertEquals(1.0, r.get("x", "up"), 1e-12);
        assertEquals(-1.0, r.get("x", "down"), 1e-12);
    }

    @Test
    void aConstantColumnIsNamedAndRefused() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("flat", 5, 5, 5));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CorrelationMatrix.of(table, "x", "flat"));

        assertTrue(error.getMessage().contains("'flat'") && error.getMessage().contains("constant"), error.getMessage());
    }

    @Test
    void tableHasOneRowAndOneColumnPerVariable() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2, 4), DoubleColumn.create("b", 1, 3, 2));

        Table matrix = CorrelationMatrix.of(table, "a", "b").table();

        assertEquals(2, matrix.rowCount());
        assertEquals(java.util.List.of("Column", "a", "b"), matrix.columnNames());
    }
}
