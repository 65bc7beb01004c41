package org.segmenta.spark.orders;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.segmenta.orders.CleaningReport;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.DatePattern;
import org.segmenta.rfm.RfmSegmentMap;
import org.segmenta.spark.rfm.SparkRfmScores;

/**
 * Customers made from order lines by Spark ({@link SparkOrderLines#customers()}): the columns of the library's
 * {@link CustomerTable} (the input's customer id as text, {@value CustomerTable#RECENCY_DAYS},
 * {@value CustomerTable#FREQUENCY}, {@value CustomerTable#MONETARY}, {@value CustomerTable#AVERAGE_ORDER_VALUE},
 * {@value CustomerTable#TENURE_DAYS}, {@value CustomerTable#FIRST_PURCHASE}, {@value CustomerTable#LAST_PURCHASE}),
 * with the same values, in a persisted Dataset that stays on the cluster.
 *
 * @param table one row per customer, sorted as {@link CustomerTable} is (shorter ids first, then by id)
 * @param repeatPurchases each customer's repeat-purchase history over the whole file (the customer id, {@code x},
 *     {@code t_x}, {@code T} in days, {@code m_x}, {@code x_holdout}), persisted, when asked for
 *     ({@link SparkOrderLines#customersWithRepeatPurchases()}); else null
 * @param cleaning what cleaning dropped on the way
 * @param snapshotDate the date recency and tenure are counted to
 * @param datePattern how the file's dates were written (given or detected)
 */
public record SparkCustomerTable(Dataset<Row> table, Dataset<Row> repeatPurchases, CleaningReport cleaning,
                                 LocalDate snapshotDate, DatePattern datePattern) {

    /**
     * @return each customer's repeat-purchase history
     * @throws IllegalStateException if the customers were made without ({@link SparkOrderLines#customers()})
     */
    public Dataset<Row> repeatPurchases() {
        if (repeatPurchases == null) {
            throw new IllegalStateException("these customers were made without their repeat-purchase histories: make "
                    + "them with SparkOrderLines.customersWithRepeatPurchases() to fit the lifetime models.");
        }
        return repeatPurchases;
    }

    /** @return the name of the customer id column (the input's) */
    public String idColumn() {
        return table.columns()[0];
    }

    /** @return the number of customers, from the cleaning report (no Spark job) */
    public long size() {
        return cleaning.customers();
    }

    /**
     * @return the table with the RFM scores of {@link org.segmenta.rfm.RfmScores} added ({@link SparkRfmScores#score})
     */
    public Dataset<Row> rfmScores() {
        return SparkRfmScores.score(table);
    }

    /** @return the table with the RFM scores and the segments of {@link RfmSegmentMap#standard()} added */
    public Dataset<Row> rfmSegments() {
        return rfmSegments(RfmSegmentMap.standard());
    }

    /**
     * @param map the segment names of the R × FM grid
     * @return the table with the RFM scores and the column {@value RfmSegmentMap#SEGMENT_COLUMN} added
     *     ({@link SparkRfmScores#segments})
     */
    public Dataset<Row> rfmSegments(RfmSegmentMap map) {
        return SparkRfmScores.segments(rfmScores(), map);
    }
}
