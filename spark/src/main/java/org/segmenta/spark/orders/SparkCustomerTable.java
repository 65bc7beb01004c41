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
 * @param cleaning what cleaning dropped on the way
 * @param snapshotDate the date recency and tenure are counted to
 * @param datePattern how the file's dates were written (given or detected)
 */
public record SparkCustomerTable(Dataset<Row> table, CleaningReport cleaning, LocalDate snapshotDate,
                                 DatePattern datePattern) {

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
