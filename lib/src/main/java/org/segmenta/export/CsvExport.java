package org.segmenta.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.segmenta.clustering.Segmentation;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;
import tech.tablesaw.io.csv.CsvWriter;

/**
 * Writes segmentation results as CSV files (comma-separated, UTF-8, a header row, "\n" line ends, quotes only where a
 * value needs them, numbers unformatted, dates as ISO {@code yyyy-MM-dd}), safely:
 * <ul>
 *   <li>every file is written <b>atomically</b>: to a temporary file in the same directory, then renamed over the
 *       target, so a crash never leaves half a file and a failed write leaves the old file and no temporary file;</li>
 *   <li>the <b>input files are protected</b>: writing to a path that is the same file as an input (compared by real
 *       path, so symbolic links and other spellings of the path are caught, and by file identity, so hard links are
 *       too) is refused with a clear message;</li>
 *   <li>missing parent directories are created.</li>
 * </ul>
 *
 * <pre>{@code
 * CsvExport export = CsvExport.protecting(Path.of("../data/mall_customers.csv"));
 * export.labelledCustomers(mall, segments, names, Path.of("../output/mall_customers_segments.csv"));
 * export.segmentProfiles(profiles, names, Path.of("../output/mall_segment_profiles.csv"));
 * }</pre>
 */
public final class CsvExport {

    private final List<Path> inputs;

    private CsvExport(List<Path> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * @param inputFiles the files the data was read from; they are never overwritten
     * @return an exporter that refuses to write over any of {@code inputFiles}
     */
    public static CsvExport protecting(Path... inputFiles) {
        return new CsvExport(List.of(inputFiles));
    }

    /** @return the protected input files */
    public List<Path> protectedFiles() {
        return inputs;
    }

    /**
     * Writes the customers with their segments ({@link LabelledCustomers}): every input column unchanged, then
     * {@code segment} (1..k) and {@code segment_name}.
     *
     * @param customers the customer table the segmentation was made from (same rows, same order)
     * @param segmentation the segments
     * @param names one name per segment
     * @param target the CSV file to write (replaced if it exists, unless it is a protected input)
     * @return the absolute path written
     * @throws IllegalArgumentException if {@code target} is a protected input file or a directory, or the table does
     *     not fit the segmentation (see {@link LabelledCustomers#of})
     * @throws UncheckedIOException if the file cannot be written (the target is then unchanged)
     */
    public Path labelledCustomers(Table customers, Segmentation segmentation, SegmentNames names, Path target) {
        return table(LabelledCustomers.of(customers, segmentation, names), target);
    }

    /**
     * Writes the segment profiles, one row per segment ({@link SegmentProfilesTable}): number, name, size, share, and
     * the profiles' means, medians, standardised differences and category shares.
     *
     * @param profiles the segment profiles
     * @param names one name per segment
     * @param target the CSV file to write (replaced if it exists, unless it is a protected input)
     * @return the absolute path written
     * @throws IllegalArgumentException if {@code target} is a protected input file or a directory
     * @throws UncheckedIOException if the file cannot be written (the target is then unchanged)
     */
    public Path segmentProfiles(SegmentProfiles profiles, SegmentNames names, Path target) {
        return table(SegmentProfilesTable.of(profiles, names), target);
    }

    /**
     * Writes any table (e.g. {@code KeyMetrics.table()} or a recommendations table) as CSV, atomically.
     *
     * @param table the table; its values are written unformatted
     * @param target the CSV file to write (replaced if it exists, unless it is a protected input)
     * @return the absolute path written
     * @throws IllegalArgumentException if {@code target} is a protected input file or a directory
     * @throws UncheckedIOException if the file cannot be written (the target is then unchanged)
     */
    public Path table(Table table, Path target) {
        // Check the very path that will be written: "dir/../data.csv" is data.csv even when dir does not exist.
        Path absolute = target.toAbsolutePath().normalize();
        refuseInputs(absolute);
        return AtomicFile.write(absolute, writer -> new CsvWriter().write(table,
                CsvWriteOptions.builder(writer).separator(',').lineEnd("\n").build()));
    }

    /** Refuses a target that is the same file as an input: same real path, or a hard link to it. */
    private void refuseInputs(Path target) {
        if (!Files.exists(target)) {
            return; // a file that does not exist yet cannot be an input
        }
        List<Path> same = new ArrayList<>();
        for (Path input : inputs) {
            try {
                if (Files.exists(input) && (target.toRealPath().equals(input.toRealPath())
                        || Files.isSameFile(target, input))) {
                    same.add(input);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compare " + target + " with the input file " + input + ": "
                        + e, e);
            }
        }
        if (!same.isEmpty()) {
            throw new IllegalArgumentException("refusing to write " + target + ": it is the input file "
                    + same.get(0) + " (same real path " + realPath(target) + "), and overwriting it would destroy "
                    + "the data. Write to another file, e.g. " + suggestion(target) + ".");
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath();
        }
    }

    private static Path suggestion(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(stem + "_segments.csv");
    }

    @Override
    public String toString() {
        return "CsvExport[protecting " + inputs + "]";
    }
}
