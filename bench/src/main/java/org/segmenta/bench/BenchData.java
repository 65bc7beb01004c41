package org.segmenta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.segmenta.features.FeatureMatrix;

/**
 * The benchmark's data, written once to {@code build/bench-data/} as {@link BinaryMatrix} files so that Java and Python
 * read the same numbers. Synthetic sets come from {@link GaussianBlobs} with fixed seeds (their file names carry every
 * parameter, so changing one makes a new file); the Customer Personality features are rebuilt from
 * {@code data/marketing_campaign.csv} on every run (a second); the CDNOW summaries of the lifetime fit are written once
 * by pandas ({@link LifetimeSummary}). Cases use the first rows of a set.
 *
 * @param kMeans 1,000,000 × 10, 30 overlapping blobs: the k-means cases (k = 8)
 * @param elbow 200,000 × 5, 6 overlapping blobs: the elbow sweep and the default-restarts comparison
 * @param ward 100,000 × 2, 5 overlapping blobs: the Ward cases
 * @param personality the z-scored Customer Personality features of chapter 5
 * @param mallCsv the mall customers CSV file, for the end-to-end case
 * @param onlineRetail the UCI Online Retail order lines ({@code data/online_retail.csv.gz})
 * @param orderLines the generated order-line file ({@link GeneratedOrderLines}, plain CSV)
 * @param cdnowSample the {@link LifetimeSummary} of the 2,357-customer CDNOW sample ({@code data/cdnow_sample.csv})
 * @param cdnowMaster the {@link LifetimeSummary} of the 23,570 CDNOW customers ({@code data/cdnow_master.csv.gz})
 * @param parquetOrderLines the generated order tables as Parquet of the one-machine-against-Spark cases
 *     ({@link ParquetOrderLines#generated}), smallest first: described here, written only when a case that reads them
 *     runs ({@link ParquetOrderLines#ensure})
 */
public record BenchData(DataSet kMeans, DataSet elbow, DataSet ward, DataSet personality, Path mallCsv,
        DataSet onlineRetail, DataSet orderLines, DataSet cdnowSample, DataSet cdnowMaster,
        List<DataSet> parquetOrderLines) {

    /** Copies the list. */
    public BenchData {
        parquetOrderLines = List.copyOf(parquetOrderLines);
    }

    /** The lines of {@code data/online_retail.csv.gz} (its header not counted) and its columns. */
    public static final int ONLINE_RETAIL_LINES = 541_909;
    static final int ONLINE_RETAIL_COLUMNS = 8;
    /** The generated order lines of the full benchmark: 20 million. */
    public static final int FULL_ORDER_LINES = 20_000_000;
    /** The generated order lines of the quick run. */
    public static final int QUICK_ORDER_LINES = 200_000;
    /** The sizes of the generated Parquet order tables of the full benchmark (one machine against Spark). */
    public static final List<Integer> FULL_PARQUET_ORDER_LINES = List.of(1_000_000, 10_000_000, 50_000_000);
    /** The size of the generated Parquet order table of the quick run. */
    public static final List<Integer> QUICK_PARQUET_ORDER_LINES = List.of(200_000);
    /** Customers per generated file: one for every 40 lines (Online Retail has one for every 125 lines). */
    static final int LINES_PER_CUSTOMER = 40;
    /** The seed of the generated order lines. */
    static final long ORDER_LINES_SEED = 7;

    /** The k-means data: 30 centres in [−3, 3]^10, unit noise: ≈ 20–40 Lloyd iterations at k = 8. */
    public static final GaussianBlobs KMEANS_BLOBS = new GaussianBlobs(1_000_000, 10, 30, 3.0, 1.0, 1);
    /** The elbow data: 6 centres in [−3, 3]^5, unit noise. */
    public static final GaussianBlobs ELBOW_BLOBS = new GaussianBlobs(200_000, 5, 6, 3.0, 1.0, 2);
    /** The Ward data: 5 centres in [−4, 4]², unit noise; continuous, so merge heights do not tie. */
    public static final GaussianBlobs WARD_BLOBS = new GaussianBlobs(100_000, 2, 5, 4.0, 1.0, 3);

    /**
     * Writes whatever is missing and describes the sets.
     *
     * @param directory where the files go ({@code build/bench-data})
     * @param projectData the project's {@code data/} folder
     * @param orderLines how many order lines to generate ({@link #FULL_ORDER_LINES} or {@link #QUICK_ORDER_LINES})
     * @param parquetOrderLines the sizes of the Parquet order tables to describe ({@link #FULL_PARQUET_ORDER_LINES}
     *     or {@link #QUICK_PARQUET_ORDER_LINES}); they are written later, by the cases that read them
     * @param lifetimeSummaries writes a missing CDNOW summary ({@link LifetimeSummary#pandas})
     * @param progress told what is being generated
     */
    public static BenchData ensure(Path directory, Path projectData, int orderLines, List<Integer> parquetOrderLines,
            LifetimeSummary.Writer lifetimeSummaries, Consumer<String> progress)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        DataSet kMeans = blobs("blobs", KMEANS_BLOBS, directory, progress);
        DataSet elbow = blobs("elbow", ELBOW_BLOBS, directory, progress);
        DataSet ward = blobs("ward", WARD_BLOBS, directory, progress);
        FeatureMatrix features = PersonalityFeatures.of(projectData.resolve("marketing_campaign.csv"));
        Path personalityFile = directory.resolve("personality-features.f64");
        BinaryMatrix.write(personalityFile, features.values());
        DataSet personality = new DataSet("personality", personalityFile, features.rows(), features.columns(),
                "Customer Personality features of chapter 5 (" + String.join(", ", features.names())
                + "), z-scored");
        Path mall = projectData.resolve("mall_customers.csv");
        if (!Files.isRegularFile(mall)) {
            throw new IllegalArgumentException("the mall data is missing: expected " + mall);
        }
        Path retail = projectData.resolve("online_retail.csv.gz");
        if (!Files.isRegularFile(retail)) {
            throw new IllegalArgumentException("the Online Retail order lines are missing: expected " + retail);
        }
        DataSet onlineRetail = new DataSet("online-retail", retail, ONLINE_RETAIL_LINES, ONLINE_RETAIL_COLUMNS,
                "UCI Online Retail order lines (541,909 × 8, gzip-compressed CSV), from data/");
        DataSet cdnowSample = LifetimeSummary.ensure("cdnow-sample", projectData.resolve("cdnow_sample.csv"),
                directory, lifetimeSummaries, progress);
        DataSet cdnowMaster = LifetimeSummary.ensure("cdnow-master", projectData.resolve("cdnow_master.csv.gz"),
                directory, lifetimeSummaries, progress);
        return new BenchData(kMeans, elbow, ward, personality, mall, onlineRetail,
                generatedOrderLines(orderLines, directory, progress), cdnowSample, cdnowMaster,
                parquetOrderLines.stream().sorted().map(lines -> ParquetOrderLines.generated(directory, lines))
                        .toList());
    }

    /** Writes the generated order-line file when it is missing or has another size. */
    private static DataSet generatedOrderLines(int lines, Path directory, Consumer<String> progress)
            throws IOException {
        GeneratedOrderLines generated = new GeneratedOrderLines(lines, Math.max(1, lines / LINES_PER_CUSTOMER),
                ORDER_LINES_SEED);
        Path path = directory.resolve(generated.fileName());
        if (!Files.isRegularFile(path)) {
            progress.accept("generating " + generated.fileName());
            generated.write(path);
        }
        return new DataSet("generated", path, lines, GeneratedOrderLines.HEADER.split(",").length,
                generated.description());
    }

    private static DataSet blobs(String name, GaussianBlobs blobs, Path directory, Consumer<String> progress)
            throws IOException {
        String file = String.format(Locale.ROOT, "%s-%dx%d-c%d-w%s-sd%s-seed%d.f64", name, blobs.rows(),
                blobs.columns(), blobs.centres(), blobs.halfWidth(), blobs.noise(), blobs.seed());
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path) || Files.size(path) != 8L * blobs.rows() * blobs.columns()) {
            progress.accept("generating " + file);
            BinaryMatrix.write(path, blobs.generate());
        }
        String description = String.format(Locale.ROOT,
                "%,d × %d Gaussian blobs: %d centres uniform in [−%s, %s]^%d, noise sd %s, seed %d", blobs.rows(),
                blobs.columns(), blobs.centres(), blobs.halfWidth(), blobs.halfWidth(), blobs.columns(),
                blobs.noise(), blobs.seed());
        return new DataSet(name, path, blobs.rows(), blobs.columns(), description);
    }
}
