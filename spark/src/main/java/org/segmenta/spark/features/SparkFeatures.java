package org.segmenta.spark.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.segmenta.features.FeatureColumn;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Imputation;
import org.segmenta.features.Scaling;
import org.segmenta.features.Transform;
import org.segmenta.spark.CustomerColumns;
import tech.tablesaw.api.Table;

/**
 * The library's feature preparation ({@link FeatureMatrix#builder}) fitted on a Spark {@link Dataset} of customers: how
 * each feature column is made (fill value, transform, centre and scale, one-hot levels) as the library's
 * {@link FeatureColumn}s, and {@link #transform} adding the features as one MLlib vector column, ready for MLlib's
 * k-means. Fitting brings a few numbers per column to the driver; the customers stay in the Dataset.
 *
 * <pre>{@code
 * SparkFeatures features = SparkFeatures.builder()
 *         .numeric("Income", "MntWines").categorical("Education")
 *         .impute(Imputation.MEDIAN).log1p("MntWines").scaling(Scaling.STANDARD)
 *         .fit(customers);                                  // a few aggregates, computed by Spark
 * Dataset<Row> withFeatures = features.transform(customers); // + column "features" (an MLlib vector)
 * Show.table(features.describe("customers"));                // the library's description of the columns
 * }</pre>
 *
 * <p>Row for row, the vector equals the library's {@link FeatureMatrix} row for the same customers and options (tested
 * to 1e-12 relative, on both local and local-cluster masters): the same definitions, in the same order (impute →
 * log1p → scale; one-hot columns after the numeric ones, one per level in {@link String#compareTo} order, not
 * rescaled). Where Spark ML's own transformers define a step differently, the step is computed from exact aggregates
 * instead (see {@link SparkFeatureBuilder}); {@code log1p} is Spark's, i.e. {@link StrictMath#log1p} (fdlibm), which
 * the library's {@link Math#log1p} may differ from by at most one unit in the last place. Instances are immutable;
 * nothing of them is sent to the executors but the numbers in the expressions.
 */
public final class SparkFeatures {

    /** The default name of the vector column {@link #transform} adds. */
    public static final String FEATURES = "features";

    private final List<FeatureColumn> columns;
    private final long rows;
    private final Imputation imputation;
    private final Scaling scaling;
    private final String outputColumn;
    /** The value that fills gaps of each categorical source column that had gaps (a one-hot column's is NaN). */
    private final Map<String, String> categoryFills;

    SparkFeatures(List<FeatureColumn> columns, Map<String, String> categoryFills, long rows, Imputation imputation,
            Scaling scaling, String outputColumn) {
        this.columns = List.copyOf(columns);
        this.categoryFills = Map.copyOf(categoryFills);
        this.rows = rows;
        this.imputation = imputation;
        this.scaling = scaling;
        this.outputColumn = outputColumn;
    }

    /** @return a builder with the library's defaults: no imputation (gaps are an error), no transform, no scaling */
    public static SparkFeatureBuilder builder() {
        return new SparkFeatureBuilder();
    }

    /** @return how each feature column is made, in vector order, as the library's {@link FeatureMatrix} says it */
    public List<FeatureColumn> featureColumns() {
        return columns;
    }

    /** @return the feature names, in vector order (a one-hot column is {@code "Column=value"}) */
    public List<String> names() {
        return columns.stream().map(FeatureColumn::name).toList();
    }

    /** @return the number of customers the features were fitted on */
    public long rows() {
        return rows;
    }

    /** @return how missing values are filled */
    public Imputation imputation() {
        return imputation;
    }

    /** @return how numeric columns are rescaled */
    public Scaling scaling() {
        return scaling;
    }

    /**
     * @param column a categorical source column
     * @return the category that filled its gaps, if it had any
     */
    public java.util.Optional<String> categoryFill(String column) {
        return java.util.Optional.ofNullable(categoryFills.get(column));
    }

    /** @return the name of the vector column {@link #transform} adds */
    public String outputColumn() {
        return outputColumn;
    }

    /**
     * Adds the features as one MLlib vector column ({@link #outputColumn()}), through Spark SQL expressions per column
     * and MLlib's {@link VectorAssembler}. Meant for the customers the features were fitted on, as the library's
     * builder makes a matrix from one table: a gap in a column that had none when fitted (or with no imputation), or a
     * category not seen when fitted, fails the Spark job with a message naming the column, rather than becoming a
     * wrong number.
     *
     * @param customers the customers, with every source column
     * @return the customers with the vector column added (nothing is computed until an action runs)
     * @throws IllegalArgumentException if a source column is missing or the output column already exists
     */
    public Dataset<Row> transform(Dataset<Row> customers) {
        if (Arrays.asList(customers.columns()).contains(outputColumn)) {
            throw new IllegalArgumentException("the customers already have a column '" + outputColumn + "'; drop it, "
                    + "or choose another name with SparkFeatures.builder().outputColumn(...).");
        }
        List<Column> selected = new ArrayList<>(List.of(functions.col("*")));
        String[] parts = new String[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            FeatureColumn column = columns.get(j);
            CustomerColumns.require(customers, column.source());
            parts[j] = "__segmenta_feature_" + j;
            selected.add((column.isOneHot() ? oneHot(column) : numeric(column)).as(parts[j]));
        }
        Dataset<Row> withParts = customers.select(selected.toArray(Column[]::new));
        return new VectorAssembler().setInputCols(parts).setOutputCol(outputColumn).setHandleInvalid("error")
                .transform(withParts).drop(parts);
    }

    /** {@code (transform(x or fill) − center) / scale}, exactly as {@link FeatureColumn#scale(double)}. */
    private static Column numeric(FeatureColumn column) {
        Column value = CustomerColumns.number(column.source());
        Column filled = column.imputed() > 0 ? coalesce(value, lit(column.fillValue()))
                : when(value.isNull(), raise_error(lit("column '" + column.source() + "' has a missing value, and "
                        + "the features were fitted on customers without gaps there: fit them on these customers.")))
                        .otherwise(value);
        Column transformed = column.transform() == Transform.LOG1P ? log1p(filled) : filled;
        return transformed.minus(lit(column.center())).divide(lit(column.scale()));
    }

    /** 1 where the (filled) category is this column's level, else 0; a category never seen when fitting fails. */
    private Column oneHot(FeatureColumn column) {
        Column value = CustomerColumns.category(column.source());
        Column filled = column.imputed() > 0 ? coalesce(value, lit(categoryFills.get(column.source()))) : value;
        Set<String> levels = new TreeSet<>();
        columns.stream().filter(c -> c.source().equals(column.source())).forEach(c -> levels.add(c.oneHotLevel()));
        return when(filled.isNull().or(functions.not(filled.isin(levels.toArray()))), raise_error(lit("column '"
                        + column.source() + "' has a value the features were not fitted on (a gap, or none of "
                        + levels + "): fit them on these customers.")))
                .when(filled.equalTo(lit(column.oneHotLevel())), lit(1.0)).otherwise(lit(0.0));
    }

    /**
     * Maps a point from the space of the vectors back to the original units, per column: undo the scaling, then the
     * transform ({@link FeatureColumn#unscale}); for MLlib's centroids.
     *
     * @param point one coordinate per feature, in vector order
     * @return the point in the original units
     * @throws IllegalArgumentException if the point has another number of coordinates
     */
    public double[] toOriginalUnits(double[] point) {
        if (point.length != columns.size()) {
            throw new IllegalArgumentException("a point needs " + columns.size() + " coordinates " + names()
                    + ", got " + point.length);
        }
        double[] x = new double[point.length];
        for (int j = 0; j < point.length; j++) {
            x[j] = columns.get(j).unscale(point[j]);
        }
        return x;
    }

    /**
     * @param tableName the customers' name, for the caption
     * @return one row per feature: source column, encoding, imputed count and fill value, centre and scale, as
     *     {@link FeatureMatrix#describe()}
     */
    public Table describe(String tableName) {
        return FeatureMatrix.describe(tableName, rows, imputation, scaling, columns);
    }

    @Override
    public String toString() {
        return "SparkFeatures[" + rows + " rows × " + columns.size() + " features " + names() + ", scaling " + scaling
                + ", imputation " + imputation + "]";
    }
}
