package org.segmenta.spark.clustering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.segmenta.features.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Test customers given twice, to the library (a feature matrix, row i = customer i) and to Spark (a Dataset of
 * {@code id} = i and a {@code features} vector), with the means of comparing what each made of them.
 */
final class Customers {

    /** The mall data, relative to the spark module (Surefire's working directory). */
    static final Path MALL_FILE = Path.of("../data/mall_customers.csv");

    /** (id, features): the customers' number and their feature vector. */
    static final StructType SCHEMA = new StructType().add("id", DataTypes.LongType, false)
            .add("features", SQLDataTypes.VectorType(), true);

    private Customers() {
    }

    /** @return (annual income, spending score) of the mall customers in file order, parsed by plain splitting */
    static double[][] mallIncomeAndScore() {
        try {
            return Files.readAllLines(MALL_FILE).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(fields -> new double[] {Double.parseDouble(fields[3]), Double.parseDouble(fields[4])})
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gaussian blobs: k centres uniform in {@code [0, spread)^p} (drawn from {@code seed}), and customer {@code id}
     * around one of them chosen at random, with unit standard deviation per coordinate, drawn from its own generator
     * (seeded by {@code seed} and the id) so that the driver and the executors make the same customer without
     * shipping it. A spread of a few units makes neighbouring blobs overlap.
     */
    record Blobs(double[][] centres, long seed) implements java.io.Serializable {

        static Blobs of(int p, int k, double spread, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[][] centres = new double[k][p];
            for (double[] centre : centres) {
                for (int j = 0; j < p; j++) {
                    centre[j] = random.nextDouble() * spread;
                }
            }
            return new Blobs(centres, seed);
        }

        /** @return the features of customer {@code id} */
        double[] customer(long id) {
            SplittableRandom random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
            double[] centre = centres[random.nextInt(centres.length)];
            double[] x = new double[centre.length];
            for (int j = 0; j < x.length; j++) {
                x[j] = centre[j] + gaussian(random);
            }
            return x;
        }

        /** @return customers 0 .. n-1 on the driver */
        double[][] customers(int n) {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] = customer(i);
            }
            return x;
        }

        /** @return customers 0 .. n-1 as a Dataset of (id, features), made on the executors */
        Dataset<Row> dataset(SparkSession spark, int n, int partitions) {
            Blobs blobs = this;
            return spark.createDataFrame(spark.range(0, n, 1, partitions).javaRDD()
                    .map(id -> RowFactory.create(id, Vectors.dense(blobs.customer(id)))), SCHEMA);
        }
    }

    /** A standard normal draw (Box–Muller), so the data does not depend on a generator's hidden state. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** @return k distinct rows of x chosen by a seeded draw, as initial centres (copies) */
    static double[][] rowsAsCentres(double[][] x, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            double[] row = x[random.nextInt(x.length)];
            if (chosen.stream().noneMatch(c -> java.util.Arrays.equals(c, row))) {
                chosen.add(row.clone());
            }
        }
        return chosen.toArray(double[][]::new);
    }

    /** @return the rows with every column centred on its mean and divided by its population standard deviation */
    static double[][] standardised(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[][] z = new double[n][p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / n;
            }
            double variance = 0;
            for (double[] row : x) {
                variance += (row[j] - mean) * (row[j] - mean) / n;
            }
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i][j] - mean) / Math.sqrt(variance);
            }
        }
        return z;
    }

    /** @return an unscaled feature matrix of the rows, columns {@code x1 .. xp} */
    static FeatureMatrix matrix(double[][] x) {
        int p = x[0].length;
        String[] names = new String[p];
        DoubleColumn[] columns = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + (j + 1);
            columns[j] = DoubleColumn.create(names[j], x.length);
            for (int i = 0; i < x.length; i++) {
                columns[j].set(i, x[i][j]);
            }
        }
        return FeatureMatrix.of(Table.create("customers", columns), names);
    }

    /** @return a Dataset of (id, features) in {@code partitions} partitions, id = the row's index in x */
    static Dataset<Row> dataset(SparkSession spark, double[][] x, int partitions) {
        List<Row> rows = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            rows.add(RowFactory.create((long) i, Vectors.dense(x[i])));
        }
        return spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(rows, partitions),
                SCHEMA);
    }

    /** @return each customer's segment from a labelled Dataset, indexed by id (collected: tests only) */
    static int[] labelsById(Dataset<Row> labelled, int n) {
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        for (Row row : labelled.select("id", "segment").collectAsList()) {
            labels[(int) row.getLong(0)] = row.getInt(1);
        }
        return labels;
    }

    /** @return Σ‖x_i − mean of its group‖², from the labels alone */
    static double withinSumOfSquares(double[][] x, int[] labels) {
        double[][] means = means(x, labels);
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                double d = x[i][j] - means[labels[i]][j];
                total += d * d;
            }
        }
        return total;
    }

    /** @return the mean of each group's rows, groups 0 .. max label */
    static double[][] means(double[][] x, int[] labels) {
        int k = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        int p = x[0].length;
        double[][] sums = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < p; j++) {
                sums[labels[i]][j] += x[i][j];
            }
        }
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < p; j++) {
                sums[s][j] /= counts[s];
            }
        }
        return sums;
    }

    /** Fails unless the two labellings group the customers the same way, whatever the numbers of the groups. */
    static void assertSamePartition(int[] expected, int[] actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.length, actual.length, "number of customers");
        Map<Integer, Integer> forward = new HashMap<>();
        Map<Integer, Integer> backward = new HashMap<>();
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            Integer a = forward.putIfAbsent(expected[i], actual[i]);
            Integer b = backward.putIfAbsent(actual[i], expected[i]);
            if ((a != null && a != actual[i]) || (b != null && b != expected[i])) {
                differing++;
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, differing, "customers grouped differently");
    }
}
