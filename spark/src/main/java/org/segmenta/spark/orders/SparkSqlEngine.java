package org.segmenta.spark.orders;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.segmenta.orders.OrderLineEngine;
import org.segmenta.orders.SqlDialect;

/**
 * The order-line study's {@link OrderLineEngine} on Spark: a table is the query's Dataset, persisted (memory, then
 * disk), computed at once and registered as a temporary view under the table's name; rows come back to the driver only
 * for the one-row queries of counts. Spark's failures are reported as {@link SQLException} with Spark's first line.
 *
 * <p>Tables are computed when they are made, not by the first query that reads them: a table made from another is then
 * read from that one's persisted rows even when the study drops it right after (a lazily persisted table would read
 * the file again), and the queries that join a table plan with its real size (a small table is broadcast).
 */
final class SparkSqlEngine implements OrderLineEngine {

    private final SparkSession spark;
    private final SparkDialect dialect;

    SparkSqlEngine(SparkSession spark) {
        this.spark = spark;
        this.dialect = new SparkDialect(spark);
    }

    @Override
    public SqlDialect dialect() {
        return dialect;
    }

    /** Persists the query's Dataset, computes it ({@link #persisted}) and registers it as {@code name}. */
    @Override
    public void createTable(String name, String query) throws SQLException {
        persisted(query).createOrReplaceTempView(name);
    }

    /**
     * @return the query's Dataset, persisted and computed: it is read from memory (or disk) from now on
     */
    Dataset<Row> persisted(String query) throws SQLException {
        try {
            Dataset<Row> table = spark.sql(query).persist(StorageLevel.MEMORY_AND_DISK());
            table.count();
            return table;
        } catch (Exception e) {
            throw failure(e);
        }
    }

    /**
     * Frees the table's persisted data (without dropping the caches of Datasets made from it, such as the customer
     * table) and forgets its name.
     */
    @Override
    public void dropTable(String name) throws SQLException {
        try {
            spark.table(name).unpersist(false);
            spark.catalog().dropTempView(name);
        } catch (Exception e) {
            throw failure(e);
        }
    }

    /** Drops those of the tables that exist, as {@link #dropTable} does, leaving no failure behind. */
    void dropIfPresent(String... names) {
        for (String name : names) {
            try {
                if (spark.catalog().tableExists(name)) {
                    dropTable(name);
                }
            } catch (Exception e) {
                // Left to the session: the view is forgotten when the session stops.
            }
        }
    }

    @Override
    public Map<String, Object> row(String query) throws SQLException {
        try {
            Dataset<Row> result = spark.sql(query);
            List<Row> rows = result.takeAsList(1);
            Map<String, Object> row = new LinkedHashMap<>();
            if (!rows.isEmpty()) {
                String[] names = result.columns();
                for (int i = 0; i < names.length; i++) {
                    Object value = rows.getFirst().get(i);
                    row.put(names[i], value instanceof java.sql.Date date ? date.toLocalDate() : value);
                }
            }
            return row;
        } catch (Exception e) {
            throw failure(e);
        }
    }

    /** The dialect numbers the lines by where they are in the file ({@link SparkDialect#lineNumber()}). */
    @Override
    public Map<String, Object> rowInFileOrder(String query) throws SQLException {
        return row(query);
    }

    @Override
    public List<String> columnNames(String query) throws SQLException {
        try {
            return List.of(spark.sql(query).columns());
        } catch (Exception e) {
            throw failure(e);
        }
    }

    private static SQLException failure(Exception e) {
        return new SQLException(SparkDialect.firstLine(e.getMessage()), e);
    }

    /** @return a date as {@link LocalDate}, whichever Java type the session gives dates */
    static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
