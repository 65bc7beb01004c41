package org.segmenta.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A library table as a Spark Dataset, cell for cell, so that the library and Spark see the same customers: numeric
 * columns as doubles, other columns as text, a missing cell as null, plus a column {@value #ROW} with the row's index
 * (to line rows up again) and optionally a column of given labels.
 */
public final class SparkTables {

    /** The column holding each row's index in the table, 0-based. */
    public static final String ROW = "row";

    private SparkTables() {
    }

    /** @return the table's numeric and text columns, and {@value #ROW}, in {@code partitions} partitions */
    public static Dataset<Row> of(SparkSession spark, Table table, int partitions) {
        return of(spark, table, null, null, partitions);
    }

    /**
     * @param labelColumn the name of a column of labels to add, or null for none
     * @param labels one label per row of the table
     * @return the table's numeric and text columns, {@value #ROW} and the labels
     */
    public static Dataset<Row> of(SparkSession spark, Table table, String labelColumn, int[] labels,
            int partitions) {
        List<StructField> fields = new ArrayList<>();
        List<Column<?>> columns = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            DataType type = column instanceof NumericColumn<?> ? DataTypes.DoubleType
                    : column.type().name().equals("STRING") ? DataTypes.StringType : null;
            if (type != null) {
                fields.add(DataTypes.createStructField(column.name(), type, true));
                columns.add(column);
            }
        }
        fields.add(DataTypes.createStructField(ROW, DataTypes.IntegerType, false));
        if (labelColumn != null) {
            fields.add(DataTypes.createStructField(labelColumn, DataTypes.IntegerType, false));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            List<Object> cells = new ArrayList<>();
            for (Column<?> column : columns) {
                cells.add(column.isMissing(i) ? null : column instanceof NumericColumn<?> numbers
                        ? (Object) numbers.getDouble(i) : column.getString(i));
            }
            cells.add(i);
            if (labelColumn != null) {
                cells.add(labels[i]);
            }
            rows.add(RowFactory.create(cells.toArray()));
        }
        return spark.createDataFrame(rows, DataTypes.createStructType(fields)).repartition(partitions);
    }
}
