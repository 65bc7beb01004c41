package org.segmenta.orders;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * An SQL engine that runs the order-line study ({@link OrderLineSql}): the seam between the study's checks, date
 * detection and cleaning report ({@link OrderLines#clean(OrderLineEngine)}), written once, and the engine that does the
 * work. The library's engine is DuckDB, in memory on one machine; {@code org.segmenta.spark.orders} runs the same SQL
 * text on Apache Spark. Only small results cross this seam: one row of counts, the names of a query's columns.
 *
 * <p>Engines report their own failures (an unreadable file, a query they cannot run) as {@link SQLException}, which the
 * study turns into a {@link org.segmenta.data.DataFileException} naming the file.
 */
public interface OrderLineEngine {

    /** @return the engine's SQL pieces, with which the study's SQL is written for it */
    SqlDialect dialect();

    /**
     * Runs {@code query} once and keeps its result under {@code name} for the queries that follow (DuckDB:
     * {@code CREATE TABLE name AS query}; Spark: the query's Dataset persisted and registered as a temporary view).
     *
     * @param name a table name no other table of the study has
     * @param query a query written with {@link #dialect()}
     */
    void createTable(String name, String query) throws SQLException;

    /** Forgets the table {@code name} made by {@link #createTable}, and frees what it held. */
    void dropTable(String name) throws SQLException;

    /**
     * @param query a query whose result is small (the study asks for one row of counts)
     * @return the first row of the query's result by column name, integers as {@link Long} or {@link Integer}, dates as
     *     {@link java.time.LocalDate} (empty when there is no row)
     */
    Map<String, Object> row(String query) throws SQLException;

    /**
     * Like {@link #row}, for a query that numbers the lines of the file as they come in it
     * ({@link OrderLineSql#firstLineWhere}): the engine reads the file in order for it (DuckDB: on one thread).
     *
     * @return the first row of the query's result by column name (empty when there is no row)
     */
    Map<String, Object> rowInFileOrder(String query) throws SQLException;

    /** @return the names of the query's result columns, without running it to the end */
    List<String> columnNames(String query) throws SQLException;
}
