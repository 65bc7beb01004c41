package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryMatrixTest {

    @TempDir
    Path folder;

    @Test
    void readsBackTheRowsItWrote() throws IOException {
        double[][] rows = {{1.5, -2.0, 3.25}, {0.1, 1e300, -0.0}, {Math.PI, 7, 8}};
        Path file = folder.resolve("m.f64");
        BinaryMatrix.write(file, rows);
        assertArrayEquals(rows, BinaryMatrix.read(file, 3, 3));
    }

    @Test
    void readsTheFirstRowsColumnByColumn() throws IOException {
        Path file = folder.resolve("m.f64");
        BinaryMatrix.write(file, new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        assertArrayEquals(new double[][] {{1, 4}, {2, 5}, {3, 6}}, BinaryMatrix.readColumns(file, 2, 3));
    }

    @Test
    void readsTheFirstRowsOnly() throws IOException {
        Path file = folder.resolve("m.f64");
        BinaryMatrix.write(file, new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, BinaryMatrix.read(file, 2, 2));
    }

    @Test
    void writesLittleEndianDoublesWithoutHeader() throws IOException {
        // 1.0 is 0x3FF0000000000000; little-endian, its last byte comes first. What numpy reads as dtype "<f8".
        Path file = folder.resolve("one.f64");
        BinaryMatrix.write(file, new double[][] {{1.0}});
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F}, Files.readAllBytes(file));
    }

    @Test
    void readsAcrossItsInternalBufferOfRows() throws IOException {
        double[][] rows = new double[20_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i, -i};
        }
        Path file = folder.resolve("long.f64");
        BinaryMatrix.write(file, rows);
        double[][] back = BinaryMatrix.read(file, rows.length, 2);
        assertArrayEquals(new double[] {19_999, -19_999}, back[19_999]);
        assertArrayEquals(new double[] {8_192, -8_192}, back[8_192]);
    }

    @Test
    void rejectsAFileWithFewerRowsThanAsked() throws IOException {
        Path file = folder.resolve("m.f64");
        BinaryMatrix.write(file, new double[][] {{1, 2}});
        assertThrows(IllegalArgumentException.class, () -> BinaryMatrix.read(file, 2, 2));
    }

    @Test
    void rejectsAFileThatIsNotAWholeNumberOfRows() throws IOException {
        Path file = folder.resolve("m.f64");
        BinaryMatrix.write(file, new double[][] {{1, 2, 3}});
        assertThrows(IllegalArgumentException.class, () -> BinaryMatrix.read(file, 1, 2));
    }

    @Test
    void rejectsRowsOfDifferentLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> BinaryMatrix.write(folder.resolve("m.f64"), new double[][] {{1, 2}, {3}}));
        assertArrayEquals(new String[0], folder.toFile().list(), "no file, not even a partial one, is left behind");
    }
}
