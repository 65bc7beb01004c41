package org.segmenta.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path directory;

    private List<String> fileNames() throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeContent() throws IOException {
        Path target = directory.resolve("a.csv");

        AtomicFile.write(target, writer -> writer.write("x,y\n1,2\n"));

        assertEquals("x,y\n1,2\n", Files.readString(target));
        assertEquals(List.of("a.csv"), fileNames());
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = directory.resolve("a.csv");
        Files.writeString(target, "old content\n");

        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, writer -> {
            writer.write("half of the new con");
            throw new IOException("disk full");
        }));

        assertEquals("old content\n", Files.readString(target));
        assertEquals(List.of("a.csv"), fileNames());
    }

    @Test
    void anUncheckedFailureAlsoCleansUp() throws IOException {
        Path target = directory.resolve("new.csv");

        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, writer -> {
            writer.write("partial");
            throw new IllegalStateException("a column could not be formatted");
        }));

        assertEquals(List.of(), fileNames());
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = directory.resolve("a/b/c.csv");

        AtomicFile.write(target, writer -> writer.write("ok"));

        assertEquals("ok", Files.readString(target));
    }
}
