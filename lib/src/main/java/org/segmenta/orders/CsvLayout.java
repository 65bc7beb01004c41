package org.segmenta.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.segmenta.data.DataFileException;
import org.segmenta.data.DelimiterDetection;

/**
 * How an order-line text file is laid out: its delimiter and the column names of its header, found in its first
 * {@value #START_CHARS} characters (decompressed first when the file is gzip) by {@link DelimiterDetection}, the
 * project's one delimiter detection. Fields are quoted with double quotes, a doubled quote inside standing for one
 * (RFC 4180). An engine told the layout reads the file without sampling it again to guess its dialect.
 *
 * @param delimiter the delimiter, one of {@link DelimiterDetection#CANDIDATES}
 * @param columns the header's column names, in order: each non-blank and unique
 */
public record CsvLayout(char delimiter, List<String> columns) {

    /** How many characters of the file's start are read to find the layout. */
    public static final int START_CHARS = 64 * 1024;

    private static final int[] GZIP_MAGIC = {0x1F, 0x8B};

    /** @throws IllegalArgumentException if a column name is blank or repeated */
    public CsvLayout {
        columns = List.copyOf(columns);
        if (columns.stream().anyMatch(String::isBlank) || new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("every column needs its own non-blank name; got " + columns);
        }
    }

    /**
     * @param file an order-line file
     * @return its layout; empty for a Parquet file (which carries its own schema), and for a text file whose header
     *     this detection cannot settle (not UTF-8, a header longer than {@value #START_CHARS} characters, blank or
     *     repeated column names, another delimiter than those tried), which the engine then reads with its own
     *     dialect detection and messages
     * @throws DataFileException if the file cannot be read
     */
    public static Optional<CsvLayout> of(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return Optional.empty();
        }
        String start;
        try {
            start = start(file);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new DataFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        List<String> records = DelimiterDetection.records(start, 2);
        if (records.size() < 2 && start.length() >= START_CHARS) {
            return Optional.empty();
        }
        char delimiter;
        try {
            delimiter = DelimiterDetection.detect(file, start);
        } catch (DataFileException e) {
            return Optional.empty();
        }
        List<String> names = DelimiterDetection.split(records.get(0), delimiter);
        if (names.stream().anyMatch(String::isBlank) || new HashSet<>(names).size() != names.size()) {
            return Optional.empty();
        }
        return Optional.of(new CsvLayout(delimiter, names));
    }

    /** @return the first {@value #START_CHARS} characters of the file's text, without a byte order mark */
    private static String start(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(GZIP_MAGIC.length);
        }
        boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == GZIP_MAGIC[0] && (magic[1] & 0xFF) == GZIP_MAGIC[1];
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] chars = new char[START_CHARS];
            int length = 0;
            int read;
            while (length < chars.length && (read = reader.read(chars, length, chars.length - length)) > 0) {
                length += read;
            }
            String text = new String(chars, 0, length);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }
}
