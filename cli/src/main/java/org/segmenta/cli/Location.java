package org.segmenta.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A file or directory as given to {@code --input}, {@code --transactions} or {@code --out}: a path of this machine
 * ({@code data/orders.csv}, {@code /data/orders.csv}, {@code C:\data\orders.csv}, {@code file:///data/orders.csv}), or
 * a URI of a file system that only Apache Spark reaches through Hadoop ({@code s3a://bucket/orders/},
 * {@code hdfs://namenode/data/orders.parquet}, {@code abfss://container@account.dfs.core.windows.net/orders}).
 *
 * <p>A value has a scheme when it starts with a URI scheme of at least two characters (letters, digits, {@code +},
 * {@code -}, {@code .}, a letter first) followed by {@code :/} (RFC 3986 §3.1). One letter is a Windows drive
 * ({@code C:\data}, {@code C:/data}), and a colon without a slash is part of a file name ({@code orders:2026.csv}):
 * both are local paths. Without this distinction {@code s3a://bucket/x} would silently become the local relative path
 * {@code s3a:/bucket/x}.
 *
 * @param given the value as given
 * @param scheme the URI scheme in lower case ({@code s3a}, {@code hdfs}, {@code file}), or null for a plain path
 */
record Location(String given, String scheme) {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/");

    /**
     * @param value an option's value
     * @return the location, its scheme found as described above
     */
    static Location of(String value) {
        Matcher scheme = SCHEME.matcher(value);
        return new Location(value, scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null);
    }

    /** @return true for a path of this machine: no scheme, or {@code file:} */
    boolean local() {
        return scheme == null || scheme.equals("file");
    }

    /**
     * @param option the option the value was given to, for the message
     * @return the local path: the value itself, or the file a {@code file:} URI names
     * @throws IllegalArgumentException if the value is not a local path, or a {@code file:} URI that is not
     *     {@code file:///absolute/path}, or a path with characters no file name holds (naming the option, the value
     *     and the form to use)
     */
    Path path(String option) {
        if (!local()) {
            throw new IllegalArgumentException(option + " " + given + " is a " + scheme + ": URI, not a path of this "
                    + "machine.");
        }
        if (scheme == null) {
            try {
                return Path.of(given);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(option + " " + given + " is not a valid path: " + e.getMessage()
                        + ".", e);
            }
        }
        try {
            return Path.of(new URI(given));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " " + given + " is not a file: URI of this machine ("
                    + e.getMessage() + "): write file:///absolute/path, with %20 for a space, or the path itself.", e);
        }
    }

    @Override
    public String toString() {
        return given;
    }

    /** picocli's conversion of the option's text. */
    static final class Converter implements CommandLine.ITypeConverter<Location> {
        @Override
        public Location convert(String value) {
            return Location.of(value);
        }
    }
}
