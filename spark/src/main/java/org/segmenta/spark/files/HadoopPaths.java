package org.segmenta.spark.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * {@link java.nio.file.Path}s for files that only Hadoop's file systems reach ({@code s3a://bucket/orders/},
 * {@code hdfs://namenode/data}, {@code abfss://container@account.dfs.core.windows.net/x}), so that code written for
 * {@link java.nio.file.Files} (the library's readability checks and CSV layout detection, the command's output
 * directory with its staging and rename, {@code profiles.csv} written to a temporary name and renamed) reads and
 * writes them through the Hadoop {@link FileSystem} of the URI's scheme, the one Spark itself uses for that URI.
 *
 * <pre>{@code
 * Path out = HadoopPaths.of("s3a://bucket/segments/2026-12", HadoopPaths.configuration(new SparkConf()));
 * Files.writeString(out.resolve("summary.json"), json);   // written by Hadoop's S3A file system
 * out.toString();                                        // "s3a://bucket/segments/2026-12", as Spark reads it
 * }</pre>
 *
 * <p>What the paths offer: {@code Files.exists}, {@code isDirectory}, {@code isReadable}, {@code size},
 * {@code newInputStream}, {@code newOutputStream}, {@code newByteChannel} (reading, or writing a new file),
 * {@code list}, {@code walk}, {@code createDirectory}/{@code createDirectories}, {@code delete}, {@code move} (Hadoop's
 * {@code rename}), {@code isSameFile}, {@code toRealPath}, and a path's {@code resolve}, {@code getParent},
 * {@code getFileName}, {@code startsWith}, {@code normalize}, {@code toUri}. Not offered (an
 * {@link UnsupportedOperationException} says so): copy, attribute views other than basic, file stores, watching, links.
 *
 * <p>A move is Hadoop's {@code rename}: one atomic step on HDFS and on Azure's ABFS with a hierarchical namespace; on
 * S3A a copy of every object and then a delete of the originals, so a failure during the move can leave part of the
 * files under each name (a move never overwrites: an existing target is refused).
 */
public final class HadoopPaths {

    /** Spark's prefix of the Hadoop settings in its configuration ({@code spark.hadoop.fs.s3a.endpoint=…}). */
    public static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";

    private HadoopPaths() {
    }

    /**
     * @param location a URI with a scheme and an absolute path, e.g. {@code s3a://bucket/orders/}; characters a URI
     *     would escape (spaces) may be written as they are, as Hadoop's own {@code Path} reads them
     * @param configuration the Hadoop settings (credentials, endpoints) of the file system
     * @return the path, whose {@code toString()} is the location (without a trailing slash) as Spark reads it
     * @throws IllegalArgumentException if the location has no scheme, no absolute path, or no Hadoop file system
     *     serves its scheme (naming the scheme and the setting or package that adds one)
     */
    public static Path of(String location, Configuration configuration) {
        URI uri;
        try {
            uri = new org.apache.hadoop.fs.Path(location).toUri();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location + " is not a URI Hadoop reads: " + e.getMessage(), e);
        }
        if (uri.getScheme() == null) {
            throw new IllegalArgumentException(location + " has no scheme (such as s3a:// or hdfs://).");
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException(location + " has no absolute path after its scheme; write it like "
                    + uri.getScheme() + "://bucket/folder.");
        }
        // Hadoop keeps one FileSystem per scheme, authority and user (FileSystem.get's cache): a view per call is
        // cheap.
        return open(uri, uri.getScheme().toLowerCase(Locale.ROOT), configuration).getPath(path).normalize();
    }

    private static HadoopNioFileSystem open(URI uri, String scheme, Configuration configuration) {
        URI root = URI.create(scheme + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()) + "/");
        try {
            return new HadoopNioFileSystem(root, FileSystem.get(root, configuration));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("no Hadoop file system reads " + scheme + ":// URIs here (" + e
                    .getMessage() + "). For s3a:// add the hadoop-aws package of Spark's Hadoop version (spark-submit "
                    + "--packages org.apache.hadoop:hadoop-aws:" + org.apache.hadoop.util.VersionInfo.getVersion()
                    + "); for abfss:// hadoop-azure; and the file system's settings as --conf spark.hadoop.….", e);
        }
    }

    /**
     * The Hadoop settings Spark gives its own file systems: Hadoop's defaults and site files, then every
     * {@code spark.hadoop.*} setting of {@code spark} without that prefix (as {@code SparkHadoopUtil} does; settings
     * given to {@code spark-submit --conf} reach the driver as such system properties, which {@code new SparkConf()}
     * reads).
     *
     * @param spark Spark's configuration
     * @return a new Hadoop configuration
     */
    public static Configuration configuration(SparkConf spark) {
        Configuration configuration = new Configuration();
        for (Tuple2<String, String> setting : spark.getAllWithPrefix(SPARK_HADOOP_PREFIX)) {
            configuration.set(setting._1(), setting._2());
        }
        return configuration;
    }
}
