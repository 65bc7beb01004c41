package org.segmenta.spark.clustering;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.var_pop;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * The checks a customers Dataset passes before k-means runs on its features vector column, and the two numbers the
 * fit needs from it: how many customers and the mean feature variance (the scale of the tolerance, as in the
 * library's {@link org.segmenta.clustering.KMeans}). Two aggregations over the Dataset; nothing per customer comes
 * back to the driver.
 *
 * @param rows the number of customers
 * @param columns the number of features in every vector
 * @param means the mean of each feature
 * @param meanVariance the mean over features of each feature's population variance (divided by n)
 */
record FeatureVectors(long rows, int columns, double[] means, double meanVariance) {

    /**
     * @throws IllegalArgumentException if the column is missing or not an MLlib vector column, the Dataset is empty,
     *     a vector is missing, vectors differ in size, or a value is NaN or infinite; the message names the column
     *     (and the feature) and says what to do
     */
    static FeatureVectors of(Dataset<Row> customers, String column) {
        requireVectorColumn(customers, column);
        Column values = org.apache.spark.ml.functions.vector_to_array(col(column), "float64");
        // vector_to_array refuses a null vector, so sizes are taken only where there is one.
        Column present = col(column).isNotNull();
        Row shape = customers.agg(count(lit(1)), sum(when(present, 0).otherwise(1)),
                min(when(present, size(values))), max(when(present, size(values)))).first();
        long rows = shape.getLong(0);
        if (rows == 0) {
            throw new IllegalArgumentException("the customers Dataset is empty: k-means needs customers with features "
                    + "in column '" + column + "'.");
        }
        long missing = shape.getLong(1);
        if (missing > 0) {
            throw new IllegalArgumentException("column '" + column + "' has no feature vector for " + missing + " of "
                    + rows + " customers; drop those customers or fill their features (imputation) before k-means.");
        }
        int smallest = shape.getInt(2);
        int largest = shape.getInt(3);
        if (smallest != largest) {
            throw new IllegalArgumentException("the vectors in column '" + column + "' have from " + smallest + " to "
                    + largest + " features; assemble every customer's features the same way (one value per feature).");
        }
        if (largest == 0) {
            throw new IllegalArgumentException("the vectors in column '" + column + "' have no features; assemble at "
                    + "least one feature column into it.");
        }
        List<Column> perFeature = new ArrayList<>();
        for (int j = 0; j < largest; j++) {
            Column value = values.getItem(j);
            perFeature.add(sum(when(isnan(value).or(abs(value).equalTo(lit(Double.POSITIVE_INFINITY))), 1)
                    .otherwise(0)));
            perFeature.add(var_pop(value));
            perFeature.add(avg(value));
        }
        Row spread = customers.agg(perFeature.get(0), perFeature.subList(1, perFeature.size()).toArray(Column[]::new))
                .first();
        double totalVariance = 0;
        double[] means = new double[largest];
        for (int j = 0; j < largest; j++) {
            long notFinite = spread.getLong(3 * j);
            if (notFinite > 0) {
                throw new IllegalArgumentException("feature " + j + " of column '" + column + "' is NaN or infinite for "
                        + notFinite + " of " + rows + " customers; fill or drop those values before k-means.");
            }
            totalVariance += spread.getDouble(3 * j + 1);
            means[j] = spread.getDouble(3 * j + 2);
        }
        return new FeatureVectors(rows, largest, means, totalVariance / largest);
    }

    /**
     * @throws IllegalArgumentException if {@code column} is not a column of {@code customers} holding MLlib vectors
     *     ({@code org.apache.spark.ml.linalg.Vector}), naming the columns there are
     */
    static void requireVectorColumn(Dataset<Row> customers, String column) {
        List<String> names = Arrays.asList(customers.columns());
        if (!names.contains(column)) {
            throw new IllegalArgumentException("the customers Dataset has no column '" + column + "' (its columns: "
                    + names + "); assemble the features into one vector column (VectorAssembler) or name the one "
                    + "there is with featuresColumn(…).");
        }
        DataType type = customers.schema().apply(column).dataType();
        if (!(type instanceof VectorUDT)) {
            throw new IllegalArgumentException("column '" + column + "' holds " + type.simpleString()
                    + ", not feature vectors; assemble the feature columns into a vector column with VectorAssembler.");
        }
    }
}
