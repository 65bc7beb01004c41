package org.segmenta.features;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.segmenta.exploring.NumericColumns;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * New columns computed from existing ones, the usual feature engineering of a customer study. Each method returns a
 * copy of the table with one column added; the input table is never changed. A missing input gives a missing result.
 *
 * <pre>{@code
 * Table t = DerivedColumns.yearsSince(people, "Year_Birth", 2014, "Age");
 * t = DerivedColumns.daysBetween(t, "Dt_Customer", LocalDate.of(2014, 12, 31), "Tenure (days)");
 * t = DerivedColumns.sum(t, "Total spend", "MntWines", "MntFruits", "MntMeatProducts");
 * }</pre>
 */
public final class DerivedColumns {

    private DerivedColumns() {
    }

    /**
     * Years from a year column to a reference year, e.g. age from birth year: {@code referenceYear − year}.
     *
     * @param referenceYear the year "now" means (use the data's collection year, not today, for a reproducible study)
     */
    public static Table yearsSince(Table table, String yearColumn, int referenceYear, String newColumn) {
        NumericColumn<?> years = NumericColumns.get(table, yearColumn);
        DoubleColumn result = DoubleColumn.create(newColumn);
        for (int i = 0; i < years.size(); i++) {
            if (years.isMissing(i)) {
                result.appendMissing();
            } else {
                result.append(referenceYear - years.getDouble(i));
            }
        }
        return withColumn(table, result);
    }

    /** Days from a date column to a reference date, e.g. tenure from the enrolment date. */
    public static Table daysBetween(Table table, String dateColumn, LocalDate referenceDate, String newColumn) {
        if (!table.containsColumn(dateColumn) || !(table.column(dateColumn) instanceof DateColumn dates)) {
            throw new IllegalArgumentException("'" + dateColumn + "' is not a date column of table '" + table.name()
                    + "'. Columns available: " + table.columnNames());
        }
        DoubleColumn result = DoubleColumn.create(newColumn);
        for (int i = 0; i < dates.size(); i++) {
            if (dates.isMissing(i)) {
                result.appendMissing();
            } else {
                result.append(ChronoUnit.DAYS.between(dates.get(i), referenceDate));
            }
        }
        return withColumn(table, result);
    }

    /** The row-wise sum of numeric columns, e.g. total spend over product groups; missing if any term is missing. */
    public static Table sum(Table table, String newColumn, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("name the columns to add up; numeric columns of '" + table.name()
                    + "': " + NumericColumns.names(table));
        }
        NumericColumn<?>[] terms = new NumericColumn<?>[columns.length];
        for (int j = 0; j < columns.length; j++) {
            terms[j] = NumericColumns.get(table, columns[j]);
        }
        DoubleColumn result = DoubleColumn.create(newColumn);
        for (int i = 0; i < table.rowCount(); i++) {
            double total = 0;
            boolean missing = false;
            for (NumericColumn<?> term : terms) {
                missing |= term.isMissing(i);
                total += missing ? 0 : term.getDouble(i);
            }
            if (missing) {
                result.appendMissing();
            } else {
                result.append(total);
            }
        }
        return withColumn(table, result);
    }

    /**
     * Numbers from the categories of a column, e.g. adults in the household from the marital status:
     * {@code mapped(t, "Marital_Status", "Adults", Map.of("Married", 2.0, "Together", 2.0), 1.0)}.
     *
     * @param values the number for each listed category
     * @param otherwise the number for every other (present) category; a missing category stays missing
     */
    public static Table mapped(Table table, String column, String newColumn, Map<String, Double> values,
                               double otherwise) {
        if (!table.containsColumn(column)) {
            throw new IllegalArgumentException("unknown column '" + column + "' in table '" + table.name()
                    + "'. Columns available: " + table.columnNames());
        }
        Column<?> categories = table.column(column);
        DoubleColumn result = DoubleColumn.create(newColumn);
        for (int i = 0; i < categories.size(); i++) {
            if (categories.isMissing(i)) {
                result.appendMissing();
            } else {
                result.append(values.getOrDefault(categories.getString(i), otherwise));
            }
        }
        return withColumn(table, result);
    }

    private static Table withColumn(Table table, Column<?> column) {
        if (table.containsColumn(column.name())) {
            throw new IllegalArgumentException("table '" + table.name() + "' already has a column '" + column.name()
                    + "'; choose another name.");
        }
        Table copy = table.copy();
        copy.addColumns(column);
        return copy;
    }
}
