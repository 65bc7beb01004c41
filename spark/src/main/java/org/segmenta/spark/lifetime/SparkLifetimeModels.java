package org.segmenta.spark.lifetime;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.CustomerLifetimeValue;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.RepeatPurchaseGroups;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.lifetime.TimeUnit;

/**
 * The library's lifetime models (BG/NBD, Gamma-Gamma, lifetime value) for customers held in a Spark
 * {@link Dataset}: only small inputs of the fits come to the driver, and each customer's predictions are computed where
 * the customer is.
 *
 * <p>The input has one row per customer with the columns of {@code OrderLines.repeatPurchases}, times in days:
 * {@value #X} (repeat transactions), {@value #RECENCY} and {@value #AGE} (days from the first transaction to the last,
 * and to the end of the calibration period), {@value #MEAN_SPEND} (mean repeat spend, NULL when x = 0).
 *
 * <ul>
 *   <li><b>BG/NBD</b> is fitted on the customers grouped by (x, t_x, T) ({@link RepeatPurchaseGroups}): the same
 *       likelihood as one row per customer, and with times in whole days far fewer rows than customers. The groups are
 *       sorted by x, t_x, T on the driver, as {@link RepeatPurchaseGroups#of(RepeatPurchaseSummary)} sorts them, so
 *       the fit is the one the library makes on one machine.</li>
 *   <li><b>Gamma-Gamma</b> needs each repeat buyer's (x, m_x): they are collected in the order of the customer ids
 *       (shorter ids first, as the customer table is ordered), at most {@value #MAX_SPEND_ROWS} of them; with more
 *       repeat buyers than that, the fit uses a uniform random sample of that size (seeded), which is said in
 *       {@link #spendSampled()}.</li>
 *   <li><b>Predictions</b> ({@link #predict}) call the library's models on the executors, one customer at a time:
 *       expected purchases over the horizon (Fader, Hardie &amp; Lee 2005, eq. 10), P(alive) (NULL for customers
 *       without a repeat purchase, as on one machine) and the discounted lifetime value.</li>
 * </ul>
 */
public final class SparkLifetimeModels {

    /** Column: repeat transactions. */
    public static final String X = "x";
    /** Column: days from the first transaction to the last. */
    public static final String RECENCY = "t_x";
    /** Column: days from the first transaction to the end of the calibration period. */
    public static final String AGE = "T";
    /** Column: mean spend per repeat transaction. */
    public static final String MEAN_SPEND = "m_x";
    /** Column {@link #predict} adds: expected purchases over the horizon. */
    public static final String EXPECTED_PURCHASES = "expected_purchases";
    /** Column {@link #predict} adds: the probability of being alive (NULL without a repeat purchase). */
    public static final String P_ALIVE = "p_alive";
    /** Column {@link #predict} adds: the discounted lifetime value. */
    public static final String CLV = "clv";
    /** The most repeat buyers whose spend the Gamma-Gamma fit collects to the driver (16 bytes each). */
    public static final long MAX_SPEND_ROWS = 5_000_000;

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final TimeUnit unit;
    private final boolean spendSampled;

    private SparkLifetimeModels(BgNbdModel purchases, GammaGammaModel spend, TimeUnit unit, boolean spendSampled) {
        this.purchases = purchases;
        this.spend = spend;
        this.unit = unit;
        this.spendSampled = spendSampled;
    }

    /**
     * @param histories one row per customer, columns as in the class comment
     * @param idColumn the customer id column (orders the Gamma-Gamma input as on one machine)
     * @param unit the models' time unit (days are divided by {@link TimeUnit#days()})
     * @param seed the seed of the sample of repeat buyers, when there are more than {@value #MAX_SPEND_ROWS}
     * @return both models fitted
     * @throws org.segmenta.lifetime.ModelFitException as {@link BgNbdModel#fit(RepeatPurchaseGroups)} and
     *     {@link GammaGammaModel#fit(RepeatPurchaseSummary)}
     */
    public static SparkLifetimeModels fit(Dataset<Row> histories, String idColumn, TimeUnit unit, long seed) {
        Dataset<Row> inUnit = inUnit(histories, unit);
        List<Row> groups = inUnit.groupBy(X, RECENCY, AGE).count().orderBy(X, RECENCY, AGE).collectAsList();
        int n = groups.size();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        long[] customers = new long[n];
        for (int i = 0; i < n; i++) {
            Row row = groups.get(i);
            x[i] = row.getInt(0);
            recency[i] = row.getDouble(1);
            age[i] = row.getDouble(2);
            customers[i] = row.getLong(3);
        }
        BgNbdModel purchases = BgNbdModel.fit(RepeatPurchaseGroups.of(unit, x, recency, age, customers));

        Dataset<Row> buyers = inUnit.where(col(X).gt(0));
        long repeatBuyers = buyers.count();
        boolean sampled = repeatBuyers > MAX_SPEND_ROWS;
        if (sampled) {
            buyers = buyers.sample(false, Math.min(1.0, 1.05 * MAX_SPEND_ROWS / repeatBuyers), seed);
        }
        Dataset<Row> ordered = buyers.orderBy(length(col(idColumn)), col(idColumn));
        List<Row> spends = (sampled ? ordered.limit((int) MAX_SPEND_ROWS) : ordered).select(X, MEAN_SPEND)
                .collectAsList();
        int m = spends.size();
        int[] repeat = new int[m];
        double[] meanSpend = new double[m];
        for (int i = 0; i < m; i++) {
            repeat[i] = spends.get(i).getInt(0);
            meanSpend[i] = spends.get(i).isNullAt(1) ? Double.NaN : spends.get(i).getDouble(1);
        }
        GammaGammaModel spend = GammaGammaModel.fit(RepeatPurchaseSummary.of(unit, repeat, new double[m],
                new double[m]).withMeanSpend(meanSpend));
        return new SparkLifetimeModels(purchases, spend, unit, sampled);
    }

    /** @return the BG/NBD model */
    public BgNbdModel purchases() {
        return purchases;
    }

    /** @return the Gamma-Gamma model */
    public GammaGammaModel spend() {
        return spend;
    }

    /** @return whether the Gamma-Gamma model was fitted on a sample of the repeat buyers */
    public boolean spendSampled() {
        return spendSampled;
    }

    /**
     * @param histories one row per customer, columns as in the class comment (other columns are kept)
     * @param months the lifetime-value horizon in months; expected purchases are counted over the same horizon
     * @param monthlyDiscountRate the discount rate per month
     * @param margin the share of revenue that is profit
     * @return the histories with {@value #EXPECTED_PURCHASES}, {@value #P_ALIVE} and {@value #CLV}, not collected
     */
    public Dataset<Row> predict(Dataset<Row> histories, int months, double monthlyDiscountRate, double margin) {
        double[] bgnbd = {purchases.r(), purchases.alpha(), purchases.a(), purchases.b()};
        double[] gammaGamma = {spend.p(), spend.q(), spend.gamma()};
        TimeUnit timeUnit = unit;
        double horizon = months * unit.unitsPerMonth();
        UserDefinedFunction expected = udf((UDF4<Integer, Double, Double, Double, Double>) (x, tx, t, days) ->
                model(bgnbd).conditionalExpectedPurchases(horizon, x, tx / days, t / days), DataTypes.DoubleType);
        UserDefinedFunction alive = udf((UDF4<Integer, Double, Double, Double, Double>) (x, tx, t, days) ->
                x == 0 ? null : model(bgnbd).probabilityAlive(x, tx / days, t / days), DataTypes.DoubleType);
        UserDefinedFunction value = udf((UDF5<Integer, Double, Double, Double, Double, Double>) (x, tx, t, m, days) ->
                CustomerLifetimeValue.of(model(bgnbd), GammaGammaModel.of(gammaGamma[0], gammaGamma[1],
                        gammaGamma[2])).months(months).monthlyDiscountRate(monthlyDiscountRate).margin(margin)
                        .value(timeUnit, x, tx / days, t / days, m == null ? Double.NaN : m), DataTypes.DoubleType);
        Column days = lit(unit.days());
        Column tx = col(RECENCY).cast(DataTypes.DoubleType);
        Column t = col(AGE).cast(DataTypes.DoubleType);
        return histories.withColumn(EXPECTED_PURCHASES, expected.apply(col(X), tx, t, days))
                .withColumn(P_ALIVE, alive.apply(col(X), tx, t, days))
                .withColumn(CLV, value.apply(col(X), tx, t, col(MEAN_SPEND).cast(DataTypes.DoubleType), days));
    }

    private static BgNbdModel model(double[] p) {
        return BgNbdModel.of(p[0], p[1], p[2], p[3]);
    }

    private static Dataset<Row> inUnit(Dataset<Row> histories, TimeUnit unit) {
        Column days = lit(unit.days());
        return histories.withColumn(X, col(X).cast(DataTypes.IntegerType))
                .withColumn(RECENCY, col(RECENCY).cast(DataTypes.DoubleType).divide(days))
                .withColumn(AGE, col(AGE).cast(DataTypes.DoubleType).divide(days))
                .withColumn(MEAN_SPEND, col(MEAN_SPEND).cast(DataTypes.DoubleType));
    }
}
