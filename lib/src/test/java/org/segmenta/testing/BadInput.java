package org.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.function.Executable;
import org.segmenta.data.DataFileException;

/**
 * Bad input in tests: write a small file, read it, and check that the reading fails with one
 * {@link DataFileException} that names the file and, in its message, the column, row or value at fault.
 */
public final class BadInput {

    private BadInput() {
    }

    /** @return {@code dir/name}, written with {@code content} in UTF-8 */
    public static Path write(Path dir, String name, String content) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Asserts that {@code reading} fails with a {@link DataFileException} about {@code file} whose message starts
     * with the file ({@code "file: problem ..."}).
     *
     * @return the exception, for more assertions on its message
     */
    public static DataFileException fails(Path file, Executable reading) {
        DataFileException e = assertThrows(DataFileException.class, reading);
        assertEquals(file, e.file(), "the exception must say which file is at fault");
        assertTrue(e.getMessage().startsWith(file + ": "), () -> "message must start with the file: " + e.getMessage());
        return e;
    }

    /** Asserts that {@code message} contains every one of {@code parts} (a column, a row, a value, a fix). */
    public static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }
}
