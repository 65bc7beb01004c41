package org.segmenta.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A matrix of doubles in a file: row-major, little-endian IEEE 754 binary64, no header. Java and Python read the very
 * same numbers from it ({@code numpy.fromfile(path, dtype="<f8", count=rows * columns).reshape(rows, columns)}), and
 * reading a million rows takes a fraction of a second, where parsing a CSV file would take longer than some fits.
 */
public final class BinaryMatrix {

    private BinaryMatrix() {
    }

    /**
     * Writes the rows to {@code file} (through a temporary file, so an interrupted write leaves no half file behind).
     *
     * @throws IllegalArgumentException if the rows have different lengths
     */
    public static void write(Path file, double[][] rows) throws IOException {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(8, columns * 8)).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].length != columns) {
                    throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has "
                            + columns + "; every row needs the same number of columns");
                }
                buffer.clear();
                for (double v : rows[i]) {
                    buffer.putDouble(v);
                }
                out.write(buffer.array(), 0, columns * 8);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the first {@code rows} rows of a file of {@code columns} columns.
     *
     * @throws IllegalArgumentException if the file's size is not a whole number of rows, or it has fewer rows
     */
    public static double[][] read(Path file, int rows, int columns) throws IOException {
        double[][] x = new double[rows][columns];
        read(file, rows, columns, (row, doubles, offset) -> doubles.get(offset, x[row]));
        return x;
    }

    /**
     * Reads the first {@code rows} rows of a file of {@code columns} columns, column by column: element {@code [j][i]}
     * is row i's value j. The layout of a table's columns, without a second copy of the data in rows.
     *
     * @throws IllegalArgumentException if the file's size is not a whole number of rows, or it has fewer rows
     */
    public static double[][] readColumns(Path file, int rows, int columns) throws IOException {
        double[][] x = new double[columns][rows];
        read(file, rows, columns, (row, doubles, offset) -> {
            for (int j = 0; j < columns; j++) {
                x[j][row] = doubles.get(offset + j);
            }
        });
        return x;
    }

    /** Where the rows read go: row {@code row}'s values are {@code doubles[offset .. offset + columns)}. */
    @FunctionalInterface
    private interface RowSink {
        void accept(int row, DoubleBuffer doubles, int offset);
    }

    private static void read(Path file, int rows, int columns, RowSink sink) throws IOException {
        long bytesPerRow = 8L * columns;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (columns < 1 || size % bytesPerRow != 0) {
                throw new IllegalArgumentException(file + " holds " + size + " bytes, not a whole number of rows of "
                        + columns + " doubles; delete it and run the benchmark again to regenerate it");
            }
            if (size / bytesPerRow < rows) {
                throw new IllegalArgumentException(file + " holds " + size / bytesPerRow + " rows, fewer than the "
                        + rows + " asked for; delete it and run the benchmark again to regenerate it");
            }
            ByteBuffer buffer = ByteBuffer.allocateDirect((int) (bytesPerRow * 8192)).order(ByteOrder.LITTLE_ENDIAN);
            int row = 0;
            while (row < rows) {
                buffer.clear();
                int chunk = Math.min(8192, rows - row);
                buffer.limit((int) (chunk * bytesPerRow));
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer) < 0) {
                        throw new IOException(file + " ended early at row " + row);
                    }
                }
                buffer.flip();
                DoubleBuffer doubles = buffer.asDoubleBuffer();
                for (int r = 0; r < chunk; r++, row++) {
                    sink.accept(row, doubles, r * columns);
                }
            }
        }
    }
}
