package org.segmenta.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a text file all at once or not at all: the content goes to a hidden temporary file in the target's own
 * directory, which is then renamed over the target with {@link StandardCopyOption#ATOMIC_MOVE}. Readers see either the
 * old file or the complete new one, never half a file; if anything fails, the temporary file is deleted and the
 * target is left as it was. (On POSIX systems the rename replaces an existing target atomically, rename(2).)
 */
final class AtomicFile {

    /** What to write into the file. */
    @FunctionalInterface
    interface Content {
        /** Writes the whole content; the writer is closed afterwards by {@link AtomicFile}. */
        void writeTo(Writer writer) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating missing parent directories, in UTF-8.
     *
     * @return the absolute path written
     * @throws IllegalArgumentException if the target is a directory
     * @throws UncheckedIOException if the file cannot be written; the target is then unchanged and no temporary file
     *     is left behind
     */
    static Path write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(target + " is a directory; give the path of the file to write, e.g. "
                    + target.resolve("segments.csv"));
        }
        Path directory = absolute.getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory " + directory + " for " + target + ": " + e, e);
        }
        Path temporary = createTemporary(directory, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return absolute;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (left unchanged): " + e, e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Creates an empty hidden file next to the target. Unlike {@link Files#createTempFile}, which makes files only the
     * owner can read, it gets the ordinary permissions of a new file, which the target then keeps.
     */
    private static Path createTemporary(Path directory, String targetName) {
        long process = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = directory.resolve("." + targetName + "." + process + "." + System.nanoTime() + "."
                    + attempt + ".tmp");
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer picked the same name in the same nanosecond: try the next one
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file in " + directory + ": " + e, e);
            }
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The original failure matters more; a leftover hidden .tmp file is harmless.
        }
    }
}
