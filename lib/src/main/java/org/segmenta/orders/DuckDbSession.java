package org.segmenta.orders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * An in-memory DuckDB database for one piece of work, closed after it. DuckDB reads the files itself, in parallel and
 * out of core, without keeping the order of rows unless a query asks for it: what does not fit in {@link #MEMORY_LIMIT} spills into a private temporary directory, deleted on close
 * (DuckDB's own default would put it in the working directory).
 */
final class DuckDbSession implements OrderLineEngine, AutoCloseable {

    /** The most memory DuckDB may use beside the JVM's heap before it spills to disk. */
    static final String MEMORY_LIMIT = "1GB";

    private final Connection connection;
    private final Path spillDirectory;

    private DuckDbSession(Connection connection, Path spillDirectory) {
        this.connection = connection;
        this.spillDirectory = spillDirectory;
    }

    /** @return a new session; the driver is called directly, so it works under any class loader (notebook kernels) */
    static DuckDbSession open() {
        try {
            Path spill = Files.createTempDirectory("segmenta-duckdb-");
            Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
            DuckDbSession session = new DuckDbSession(connection, spill);
            session.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
            session.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            // Copies and aggregates need not keep the file's order (results are sorted, line numbers come from reading
            // the file itself on one thread); keeping it costs DuckDB a buffered, ordered insert.
            session.execute("SET preserve_insertion_order = false");
            return session;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for DuckDB", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** @return {@link DuckDbDialect} */
    @Override
    public SqlDialect dialect() {
        return new DuckDbDialect();
    }

    /** Runs {@code CREATE TABLE name AS query}. */
    @Override
    public void createTable(String name, String query) throws SQLException {
        execute("CREATE TABLE " + name + " AS " + query);
    }

    @Override
    public void dropTable(String name) throws SQLException {
        execute("DROP TABLE " + name);
    }

    /** Runs the query on one thread, so that DuckDB reads the file's lines in order. */
    @Override
    public Map<String, Object> rowInFileOrder(String query) throws SQLException {
        execute("SET threads = 1");
        try {
            return row(query);
        } finally {
            execute("RESET threads");
        }
    }

    /** Runs a statement that returns nothing, e.g. a {@code SET}. */
    void execute(String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    /** @return the first row of the query's result by column name (empty when there is no row) */
    @Override
    public Map<String, Object> row(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet result = s.executeQuery(query)) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (result.next()) {
                ResultSetMetaData meta = result.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = meta.getColumnType(i) == Types.DATE
                            ? result.getObject(i, LocalDate.class) : result.getObject(i);
                    row.put(meta.getColumnLabel(i), value);
                }
            }
            return row;
        }
    }

    /** @return the names of the query's result columns, without running it to the end */
    @Override
    public List<String> columnNames(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet result = s.executeQuery(query + " LIMIT 0")) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnLabel(i));
            }
            return names;
        }
    }

    /** @return the query's result as a Tablesaw table (text, integer, long, double and date columns) */
    Table table(String query, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet result = s.executeQuery(query)) {
            ResultSetMetaData meta = result.getMetaData();
            int width = meta.getColumnCount();
            List<Column<?>> columns = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                String label = meta.getColumnLabel(i);
                columns.add(switch (meta.getColumnType(i)) {
                    case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> IntColumn.create(label);
                    case Types.BIGINT -> LongColumn.create(label);
                    case Types.DOUBLE, Types.FLOAT, Types.DECIMAL, Types.REAL -> DoubleColumn.create(label);
                    case Types.DATE -> DateColumn.create(label);
                    default -> StringColumn.create(label);
                });
            }
            while (result.next()) {
                for (int i = 1; i <= width; i++) {
                    Column<?> column = columns.get(i - 1);
                    Object value = result.getObject(i);
                    if (value == null) {
                        column.appendMissing();
                    } else if (column instanceof IntColumn ints) {
                        ints.append(((Number) value).intValue());
                    } else if (column instanceof LongColumn longs) {
                        longs.append(((Number) value).longValue());
                    } else if (column instanceof DoubleColumn doubles) {
                        doubles.append(((Number) value).doubleValue());
                    } else if (column instanceof DateColumn dates) {
                        dates.append(result.getObject(i, LocalDate.class));
                    } else {
                        ((StringColumn) column).append(value.toString());
                    }
                }
            }
            return Table.create(name, columns);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was left to write; the temporary directory is removed below either way.
        } finally {
            deleteSpillDirectory();
        }
    }

    private void deleteSpillDirectory() {
        try (Stream<Path> files = Files.walk(spillDirectory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover empty temporary directory is harmless; the operating system cleans its temp space.
        }
    }
}
