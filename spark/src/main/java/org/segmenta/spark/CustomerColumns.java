package org.segmenta.spark;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.nanvl;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.segmenta.features.ColumnSuggestions;

/**
 * Columns of a customer {@link Dataset} read as the library reads a customer table: a numeric cell is missing when it
 * is null or NaN (Tablesaw marks a missing number with NaN), a category cell when it is null or empty (Tablesaw's
 * missing text is ""), and a category value is the cell as text ({@code CAST(x AS STRING)}). Column names are taken
 * literally: dots, spaces and brackets ("Annual Income (k$)") are part of the name, not a path into a struct.
 */
public final class CustomerColumns {

    private CustomerColumns() {
    }

    /** @return the column named exactly {@code name} (quoted, so a dot does not reach into a struct) */
    public static Column named(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    /** @return the column as a double, null where it is missing (null or NaN) */
    public static Column number(String name) {
        return nanvl(named(name).cast(DataTypes.DoubleType), lit(null).cast(DataTypes.DoubleType));
    }

    /** @return the column as text, null where it is missing (null or empty) */
    public static Column category(String name) {
        Column text = named(name).cast(DataTypes.StringType);
        return when(text.equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(text);
    }

    /**
     * @param customers the customers
     * @param name a column the caller needs
     * @throws IllegalArgumentException if there is no such column, suggesting the closest name and listing them all
     */
    public static void require(Dataset<?> customers, String name) {
        List<String> names = Arrays.asList(customers.columns());
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown column '" + name + "' in the customers"
                    + ColumnSuggestions.didYouMean(name, names) + ". Columns available: " + names);
        }
    }

    /**
     * @param customers the customers
     * @param name a column that must hold numbers
     * @param fix what to do instead, for the message (e.g. "Profile it as a categorical column instead.")
     * @throws IllegalArgumentException if there is no such column, or it is not numeric (naming its type)
     */
    public static void requireNumeric(Dataset<?> customers, String name, String fix) {
        require(customers, name);
        StructField field = customers.schema().apply(name);
        if (!(field.dataType() instanceof NumericType)) {
            throw new IllegalArgumentException("column '" + name + "' of the customers is "
                    + field.dataType().simpleString() + ", not numeric. " + fix + " Numeric columns: "
                    + Arrays.stream(customers.schema().fields()).filter(f -> f.dataType() instanceof NumericType)
                            .map(StructField::name).toList());
        }
    }
}
