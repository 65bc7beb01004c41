package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job jar ({@code target/job/segmenta-spark-job.jar}, made by {@code package}) as a cluster runs it: Spark's own
 * {@code org.apache.spark.deploy.SparkSubmit} in a JVM of its own, with {@code --class
 * org.segmenta.cli.SparkSubmitMain}, on both test masters, reading and writing through a Hadoop file system that is not
 * the local one ({@code viewfs://}, Hadoop's mount table, whose mounts lead to folders of this machine), as
 * {@code s3a://} or {@code hdfs://} paths are read on a cluster. Run by {@code mvn verify} (after package), not by
 * {@code mvn test}.
 *
 * <p>The cluster's class path: this test's class path without the modules' classes, without every library whose
 * classes the job jar carries, and without those it leaves out as unused on Spark (DuckDB, POI); what stays is Spark,
 * Scala, Hadoop and what they bring, as in a Spark installation's {@code jars/}. Executors (local-cluster) get the same
 * class path, and the job jar from the driver, as on a cluster.
 */
@ParameterizedClass
@MethodSource("org.segmenta.spark.SparkMasters#both")
class SparkSubmitJobIT {

    private static final Path JOB_JAR = Path.of(System.getProperty("segmenta.job.jar",
            "target/job/segmenta-spark-job.jar"));
    private static final Path DATA = Path.of("../data").toAbsolutePath().normalize();
    private static final String[] RETAIL_COLUMNS = {"--customer-id", "CustomerID", "--date", "InvoiceDate",
        "--quantity", "Quantity", "--price", "UnitPrice", "--order-id", "InvoiceNo", "--k", "5", "--quiet"};
    /** Libraries the job jar leaves out because the Spark engine does not use them (see spark/pom.xml). */
    private static final List<String> UNUSED_ON_SPARK = List.of("duckdb_jdbc-", "poi-", "xmlbeans-", "curvesapi-",
            "SparseBitSet-");

    @TempDir
    static Path dir;
    private static Path localRetail;

    @Parameter
    String master;

    @BeforeAll
    static void onlineRetailOnOneMachine() {
        localRetail = dir.resolve("retail-local");
        String[] options = Stream.concat(Stream.of("--transactions", DATA.resolve("online_retail.csv.gz").toString(),
                "--no-report", "--out", localRetail.toString()), Stream.of(RETAIL_COLUMNS)).toArray(String[]::new);
        assertEquals(0, SegmentCommand.commandLine().execute(options));
    }

    @Test
    void theJobJarCarriesNoSparkScalaOrHadoopAndRunsTheSubmitMain() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("org/apache/spark/") || name.startsWith("scala/")
                        || name.startsWith("org/apache/hadoop/") || name.startsWith("com/fasterxml/jackson/")
                        || name.startsWith("com/google/common/") || name.startsWith("org/slf4j/")
                        || name.startsWith("org/apache/logging/log4j/") || name.startsWith("org/duckdb/")) {
                    foreign.add(name);
                }
            }
            assertEquals(List.of(), foreign.subList(0, Math.min(5, foreign.size())), "classes the cluster provides");
            assertEquals("org.segmenta.cli.SparkSubmitMain", jar.getManifest().getMainAttributes().getValue(
                    "Main-Class"));
            assertTrue(jar.getEntry("org/segmenta/spark/files/HadoopPaths.class") != null);
            assertTrue(jar.getEntry("tech/tablesaw/api/Table.class") != null);
            assertTrue(jar.getEntry("org/segmenta/shaded/com/fasterxml/jackson/databind/ObjectMapper.class") != null);
        }
    }

    /**
     * spark-submit with viewfs:// paths for --transactions and --out: the customers of the local engine for every
     * customer and column, Parquet and the small files beside them in --out, and nothing else left beside --out.
     */
    @Test
    void sparkSubmitWithHadoopPathsGivesTheLocalCustomers() throws IOException, InterruptedException {
        String name = "retail-" + master.replaceAll("[^a-z0-9]", "");
        Path outs = Files.createDirectories(dir.resolve("outs-" + name));
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
        command.addAll(List.of(System.getProperty("segmenta.spark.jvm.options", "").strip().split("\\s+")));
        String clusterClassPath = clusterClassPath();
        command.addAll(List.of("-cp", clusterClassPath, "org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--class", "org.segmenta.cli.SparkSubmitMain",
                "--conf", "spark.hadoop.fs.viewfs.mounttable.segmenta.link./data=" + DATA.toUri(),
                "--conf", "spark.hadoop.fs.viewfs.mounttable.segmenta.link./outs=" + outs.toUri(),
                // Hadoop's plain local file system, without the .crc files of its checksummed one (as S3A, HDFS).
                "--conf", "spark.hadoop.fs.file.impl=org.apache.hadoop.fs.RawLocalFileSystem",
                "--conf", "spark.sql.shuffle.partitions=4"));
        if (master.startsWith("local-cluster")) {
            // Spark's launcher, which starts the executors, requires $SPARK_HOME/jars (spark/pom.xml sets SPARK_HOME).
            Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
            command.addAll(List.of("--conf", "spark.executor.extraClassPath=" + clusterClassPath,
                    "--conf", "spark.executor.memory=512m"));
        }
        command.add(JOB_JAR.toAbsolutePath().toString());
        command.addAll(List.of("--transactions", "viewfs://segmenta/data/online_retail.csv.gz",
                "--out", "viewfs://segmenta/outs/2026-12"));
        command.addAll(List.of(RETAIL_COLUMNS));
        Path log = dir.resolve(name + ".log");
        // The child's working directory is a temporary one: under spark-submit the session keeps the cluster's
        // settings, so Spark's SQL warehouse folder (spark-warehouse/) is made in the working directory.
        ProcessBuilder submit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(Files.createDirectories(dir.resolve(name + "-cwd")).toFile());
        submit.environment().put("SPARK_LOCAL_IP", "127.0.0.1");

        Process process = submit.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }

        assertTrue(ended && process.exitValue() == 0, () -> "spark-submit failed: " + tail(log));
        Path out = outs.resolve("2026-12");
        assertEquals(Set.of(".segment-output", "customers.csv", "customers.parquet", "profiles.csv", "summary.json"),
                names(out));
        assertEquals(Set.of("2026-12"), names(outs), "no staging directory left beside --out");
        assertTrue(Files.exists(out.resolve("customers.parquet/_SUCCESS")));
        List<List<String>> local = SparkStudyEngineTest.csv(localRetail.resolve("customers.csv"));
        List<List<String>> spark = SparkStudyEngineTest.csv(out.resolve("customers.csv"));
        assertEquals(local.get(0), spark.get(0), "the columns");
        assertEquals(local.size(), spark.size(), "the customers");
        for (int row = 1; row < local.size(); row++) {
            for (int column = 0; column < local.get(0).size(); column++) {
                SparkStudyEngineTest.assertSameValue(local.get(row).get(column), spark.get(row).get(column),
                        "row " + row + ", column " + local.get(0).get(column));
            }
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"viewfs://segmenta/data/online_retail.csv.gz\""), summary);
        assertFalse(Files.exists(Path.of("viewfs:")), "no local folder named after the URI's scheme");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This test's class path without the modules' classes, the job jar's libraries and those it leaves out. */
    private static String clusterClassPath() throws IOException {
        Set<String> packed;
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            packed = jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .collect(Collectors.toSet());
        }
        List<String> cluster = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String file = path.getFileName().toString();
            if (Files.isDirectory(path) || UNUSED_ON_SPARK.stream().anyMatch(file::startsWith)
                    || (file.endsWith(".jar") && packed.contains(firstClass(path)))) {
                continue;
            }
            cluster.add(entry);
        }
        return String.join(File.pathSeparator, cluster);
    }

    /** @return the first class file in the jar (not a module or multi-release one), or "" */
    private static String firstClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")
                    && !n.startsWith("META-INF/") && !n.endsWith("module-info.class")).findFirst().orElse("");
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static String tail(Path log) {
        try (InputStream in = Files.newInputStream(log)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
