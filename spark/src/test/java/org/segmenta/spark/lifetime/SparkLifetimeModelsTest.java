package org.segmenta.spark.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.CustomerLifetimeValue;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;
import org.segmenta.orders.CleaningRules;
import org.segmenta.orders.OrderLines;
import org.segmenta.orders.RepeatPurchaseHistory;
import org.segmenta.spark.OnBothMasters;
import org.segmenta.spark.orders.SparkOrderLines;
import tech.tablesaw.api.Table;

/**
 * The lifetime models on Spark against the library on one machine, on all 23,570 customers of CDNOW's order lines
 * ({@code data/cdnow_master.csv.gz}, the whole file as the calibration period, weeks): the same fits and, for every
 * customer, the same expected purchases, P(alive) and lifetime value as the segment command computes locally.
 */
class SparkLifetimeModelsTest extends OnBothMasters {

    private static final Path CDNOW = Path.of("../data/cdnow_master.csv.gz");
    private static final int MONTHS = 12;
    private static final double RATE = 0.01;
    private static final double MARGIN = 0.3;

    private static RepeatPurchaseHistory history;
    private static RepeatPurchaseSummary summary;
    private static BgNbdModel purchases;
    private static GammaGammaModel spend;

    @BeforeAll
    static void fitOnOneMachine() {
        history = OrderLines.from(CDNOW).customerId("customer_id").date("date")
                .amount("amount").cleaning(CleaningRules.standard().keepNonPositiveAmounts()).repeatPurchases();
        summary = RepeatPurchaseSummary.of(history, TimeUnit.WEEKS);
        purchases = BgNbdModel.fit(summary);
        spend = GammaGammaModel.fit(summary);
    }

    @AfterAll
    static void forget() {
        history = null;
    }

    @Test
    void theFitsAreTheLibrarysOnOneMachine() {
        SparkLifetimeModels models = SparkLifetimeModels.fit(histories(), "customer_id", TimeUnit.WEEKS, 42);

        assertEquals(23_570, models.purchases().customers());
        assertRelative(purchases.r(), models.purchases().r(), 1e-12);
        assertRelative(purchases.alpha(), models.purchases().alpha(), 1e-12);
        assertRelative(purchases.a(), models.purchases().a(), 1e-12);
        assertRelative(purchases.b(), models.purchases().b(), 1e-12);
        assertRelative(purchases.logLikelihood().orElseThrow(), models.purchases().logLikelihood().orElseThrow(),
                1e-12);
        assertRelative(spend.p(), models.spend().p(), 1e-12);
        assertRelative(spend.q(), models.spend().q(), 1e-12);
        assertRelative(spend.gamma(), models.spend().gamma(), 1e-12);
        assertFalse(models.spendSampled());
    }

    /** From the order lines on Spark ({@code SparkOrderLines}) to every customer's predictions. */
    @Test
    void everyCustomersPredictionsFromOrderLinesOnSparkAreTheLibrarys() {
        Dataset<Row> histories = SparkOrderLines.from(spark, CDNOW).customerId("customer_id").date("date")
                .amount("amount").cleaning(CleaningRules.standard().keepNonPositiveAmounts())
                .customersWithRepeatPurchases().repeatPurchases();
        SparkLifetimeModels models = SparkLifetimeModels.fit(histories, "customer_id", TimeUnit.WEEKS, 42);
        List<Row> predicted = models.predict(histories, MONTHS, RATE, MARGIN)
                .orderBy(org.apache.spark.sql.functions.length(org.apache.spark.sql.functions.col("customer_id")),
                        org.apache.spark.sql.functions.col("customer_id"))
                .select("customer_id", SparkLifetimeModels.EXPECTED_PURCHASES, SparkLifetimeModels.P_ALIVE,
                        SparkLifetimeModels.CLV).collectAsList();

        double[] expected = purchases.conditionalExpectedPurchases(MONTHS * TimeUnit.WEEKS.unitsPerMonth(), summary);
        double[] alive = purchases.probabilityAliveOfRepeatBuyers(summary);
        double[] clv = CustomerLifetimeValue.of(purchases, spend).months(MONTHS).monthlyDiscountRate(RATE)
                .margin(MARGIN).values(summary);
        assertEquals(summary.size(), predicted.size());
        for (int i = 0; i < predicted.size(); i++) {
            Row row = predicted.get(i);
            assertEquals(history.table().stringColumn("customer_id").get(i), row.getString(0));
            assertRelative(expected[i], row.getDouble(1), 1e-12);
            if (Double.isNaN(alive[i])) {
                assertNull(row.get(2), "P(alive) of customer " + row.getString(0) + " without a repeat purchase");
            } else {
                assertRelative(alive[i], row.getDouble(2), 1e-12);
            }
            assertRelative(clv[i], row.getDouble(3), 1e-12);
        }
    }

    /** The one-machine history (customer_id, x, t_x, T in days, m_x) as a Spark Dataset. */
    private static Dataset<Row> histories() {
        Table table = history.table();
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            double meanSpend = table.numberColumn("m_x").getDouble(i);
            rows.add(RowFactory.create(table.stringColumn("customer_id").get(i), table.intColumn("x").get(i),
                    table.numberColumn("t_x").getDouble(i), table.numberColumn("T").getDouble(i),
                    Double.isNaN(meanSpend) ? null : meanSpend));
        }
        StructType schema = new StructType().add("customer_id", DataTypes.StringType)
                .add("x", DataTypes.IntegerType).add("t_x", DataTypes.DoubleType).add("T", DataTypes.DoubleType)
                .add("m_x", DataTypes.DoubleType);
        return spark.createDataFrame(rows, schema).repartition(4);
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * tolerance, 1e-300),
                () -> "expected " + expected + ", got " + actual);
    }
}
