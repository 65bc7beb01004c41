package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetOrderLinesTest {

    @TempDir
    Path directory;

    @Test
    void theParquetFileGivesTheSameCustomerTableAsTheCsvFile() throws IOException {
        // 30,000 lines meet every cleaning rule (cancellations, quantities ≤ 0, prices 0.00, repeats, no customer):
        // the library's customers from the CSV file are the reference for those from the Parquet file.
        Path csv = directory.resolve("orders.csv");
        new GeneratedOrderLines(30_000, 750, 7).write(csv);
        Path parquet = directory.resolve("orders.parquet");
        ParquetOrderLines.convert(csv, parquet);

        OrderChecksum fromCsv = OrderLinesStudy.checksum(OrderLinesStudy.customers(csv));
        OrderChecksum fromParquet = OrderLinesStudy.checksum(OrderLinesStudy.customers(parquet));

        assertEquals(30_000, fromCsv.lines());
        assertTrue(fromCsv.duplicates() > 0 && fromCsv.linesKept() < fromCsv.lines(), fromCsv.words());
        assertEquals(fromCsv, fromParquet);
        assertFalse(Files.exists(directory.resolve("orders.parquet.partial")));
    }

    @Test
    void theColumnsAreTypedAndTheTextOfEachValueIsTheCsvText() throws IOException, SQLException {
        Path csv = directory.resolve("few.csv");
        Files.writeString(csv, GeneratedOrderLines.HEADER + "\n"
                + "C1000002,10017,-3,2022-01-01 00:37:00,2.50,100123,United Kingdom\n"
                + "1000003,13999,12,2023-12-31 23:59:59,0.00,,EIRE\n");
        Path parquet = directory.resolve("few.parquet");
        ParquetOrderLines.convert(csv, parquet);
        try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement statement = connection.createStatement()) {
            List<String> types = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + parquet + "')")) {
                while (rows.next()) {
                    types.add(rows.getString("column_name") + " " + rows.getString("column_type"));
                }
            }
            assertEquals(List.of(ParquetOrderLines.COLUMN_TYPES.split(", ")), types);
            // What the library reads: every column cast to text (DuckDbDialect), equal to the CSV's cells.
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT concat_ws(',', InvoiceNo, StockCode, Quantity, "
                    + "InvoiceDate, UnitPrice, coalesce(CustomerID, ''), Country) AS line FROM (SELECT COLUMNS(*)"
                    + "::VARCHAR FROM read_parquet('" + parquet + "'))")) {
                while (rows.next()) {
                    lines.add(rows.getString("line"));
                }
            }
            assertEquals(List.of("C1000002,10017,-3,2022-01-01 00:37:00,2.50,100123,United Kingdom",
                    "1000003,13999,12,2023-12-31 23:59:59,0.00,,EIRE"), lines);
        }
    }

    @Test
    void aMissingCsvFileIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> ParquetOrderLines.convert(directory.resolve("none.csv"), directory.resolve("none.parquet")));
        assertTrue(e.getMessage().contains("none.csv"), e.getMessage());
    }
}
