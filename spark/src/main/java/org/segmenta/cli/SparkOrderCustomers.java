package org.segmenta.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.segmenta.data.DelimiterDetection;
import org.segmenta.orders.CsvLayout;
import org.segmenta.rfm.RfmSegmentMap;
import org.segmenta.spark.CustomerColumns;
import org.segmenta.spark.lifetime.SparkLifetimeModels;
import org.segmenta.spark.orders.SparkCustomerTable;
import org.segmenta.spark.orders.SparkDialect;
import org.segmenta.spark.orders.SparkOrderLines;

/**
 * The customers of {@code --transactions} made on Spark, as {@link OrderCustomersRunner} makes them on one machine:
 * cleaning and one row per customer ({@link SparkOrderLines}), RFM scores and the standard segments, the BG/NBD and
 * Gamma-Gamma models fitted on every customer ({@link SparkLifetimeModels}) and each customer's expected purchases,
 * P(alive) and lifetime value, in the columns and order of {@code customers.csv} ({@link OrderCustomers#COLUMNS}).
 *
 * @param settings the order-line settings the customers were made with
 * @param table the customers with the cleaning report, snapshot date and date pattern
 * @param models the fitted lifetime models
 * @param rfmCounts the customers in each RFM segment
 * @param customers one row per customer: the id, then {@link OrderCustomers#COLUMNS}; sorted as the local table is
 *     (shorter ids first, then by id) and persisted
 */
record SparkOrderCustomers(TransactionSettings settings, SparkCustomerTable table, SparkLifetimeModels models, Map<String, Long> rfmCounts,
        Dataset<Row> customers) {

    /**
     * @param spark the session
     * @param settings the order-line settings
     * @param progress where the slow steps are reported
     * @param seed the seed of the Gamma-Gamma sample, when there are very many repeat buyers
     * @return the customers
     * @throws CommandFailure if the file, a column, a date or a model fit fails, naming the file and what to do
     */
    static SparkOrderCustomers make(SparkSession spark, TransactionSettings settings, StepProgress progress,
            long seed) {
        OrderCustomersRunner.checkIdColumnName(settings);
        SparkOrderLines lines = SparkOrderLines.of(spark, settings.orderLines());
        SparkCustomerTable table = progress.step("reading and cleaning the order lines of " + settings.file()
                + " on Spark", () -> OrderCustomersRunner.data(lines::customersWithRepeatPurchases));
        String id = table.idColumn();
        Dataset<Row> rfm = table.rfmSegments();
        SparkLifetimeModels models = progress.step("fitting the BG/NBD and Gamma-Gamma models",
                () -> OrderCustomersRunner.fit(settings, "BG/NBD or Gamma-Gamma", () -> SparkLifetimeModels.fit(
                        table.repeatPurchases(), id, OrderCustomers.UNIT, seed)));
        TransactionSettings.LifetimeValue value = settings.lifetimeValue();
        Dataset<Row> predicted = models.predict(table.repeatPurchases(), value.months(), value.monthlyDiscountRate(),
                value.margin()).select(col(id), col(SparkLifetimeModels.EXPECTED_PURCHASES).as(
                        OrderCustomers.EXPECTED_PURCHASES), col(SparkLifetimeModels.P_ALIVE).as(OrderCustomers.P_ALIVE),
                col(SparkLifetimeModels.CLV).as(OrderCustomers.CLV));
        List<Column> columns = new ArrayList<>(List.of(CustomerColumns.named(id)));
        for (String column : OrderCustomers.COLUMNS) {
            columns.add(CustomerColumns.named(column));
        }
        Dataset<Row> customers = rfm.join(predicted, id).select(columns.toArray(Column[]::new))
                .orderBy(length(col(id)), col(id)).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Row row : rfm.groupBy(RfmSegmentMap.SEGMENT_COLUMN).count().collectAsList()) {
            counts.put(row.getString(0), row.getLong(1));
        }
        return new SparkOrderCustomers(settings, table, models, counts, customers);
    }

    /**
     * A customer table read as text, every column as written: its layout (delimiter and header) found as for order
     * lines ({@link CsvLayout#of}), or the delimiter given.
     *
     * @param spark the session
     * @param file a CSV file (plain or .gz) or Parquet
     * @param delimiter {@code --delimiter}, or null to detect it
     * @return the name of a temporary view of the file
     * @throws org.segmenta.data.DataFileException if the file cannot be read
     */
    static String textView(SparkSession spark, Path file, Character delimiter) {
        Optional<CsvLayout> layout = CsvLayout.of(file);
        if (delimiter != null && layout.isPresent() && layout.get().delimiter() != delimiter) {
            String header = String.join(String.valueOf(layout.get().delimiter()), layout.get().columns());
            layout = Optional.of(new CsvLayout(delimiter, DelimiterDetection.split(header, delimiter)));
        }
        return new SparkDialect(spark).source(file, layout);
    }
}
