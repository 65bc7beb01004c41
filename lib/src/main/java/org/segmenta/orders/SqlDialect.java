package org.segmenta.orders;

import java.nio.file.Path;
import java.util.Optional;
import org.segmenta.data.CustomerData;

/**
 * The few pieces of SQL that differ between the engines that run {@link OrderLineSql}: how a file is read, how names
 * and text are quoted, how dates are parsed and subtracted. Everything else in the cleaning and the customer
 * aggregation is plain SQL that DuckDB and Spark SQL both run.
 */
public interface SqlDialect {

    /**
     * @param file the order-line file
     * @param layout the text file's delimiter and columns, when known (the engine then reads it as laid out, without
     *     guessing its dialect); empty for Parquet, or to let the engine detect the dialect itself
     * @return a table expression over the file's rows with every column as text, e.g. DuckDB's {@code read_csv(…)}
     */
    String source(Path file, Optional<CsvLayout> layout);

    /**
     * Checks, before the study reads it, that the engine can read {@code file}. The default is the library's check of
     * one data file ({@link CustomerData#checkReadable}: it exists, is not a directory, is readable and not empty);
     * an engine that reads more (Spark: a folder of Parquet part files) checks its own forms.
     *
     * @param file the order-line file
     * @throws org.segmenta.data.DataFileException naming the file and what to do when it cannot be read
     */
    default void checkReadable(Path file) {
        CustomerData.checkReadable(file);
    }

    /**
     * @param file the order-line file, checked by {@link #checkReadable}
     * @return its layout, read from its start ({@link CsvLayout#of}, the default); empty for Parquet
     * @throws org.segmenta.data.DataFileException if the file cannot be read
     */
    default Optional<CsvLayout> layout(Path file) {
        return CsvLayout.of(file);
    }

    /** @return the column or alias name quoted as an identifier */
    String identifier(String name);

    /** @return the text as a string literal */
    String text(String value);

    /** @return an expression that is the timestamp written in {@code textExpression}, or NULL if it does not parse */
    String parseTimestamp(String textExpression, DatePattern pattern);

    /**
     * @return a 64-bit hash of the whole row of the table aliased {@code alias}, every column included (equal rows,
     *     NULLs included, hash equal)
     */
    String rowHash(String alias);

    /**
     * @return an expression that is a hash's bucket among {@code buckets}, from 0 to {@code buckets - 1} (the same
     *     line always falls into the same bucket)
     */
    String hashBucket(String hashExpression, int buckets);

    /**
     * @return a window expression that numbers the rows read from {@link #source} from 1, in the order of the file's
     *     lines (DuckDB: {@code row_number() OVER ()}, which holds when the file is read on one thread)
     */
    String lineNumber();

    /** @return an expression that is the whole days from date {@code start} to date {@code end} */
    String daysBetween(String start, String end);
}
