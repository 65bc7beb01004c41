package org.segmenta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code --out} directory, written all at once or not at all: every output file goes to a hidden staging directory
 * next to it, which replaces {@code --out} only when everything succeeded. A failed run leaves {@code --out} as it was
 * and no staging directory behind.
 *
 * <p>Safety rules, checked before any work is done: {@code --out} may not be the input file, nor an existing file, nor a
 * directory holding the input file; if it exists it must be empty or a previous output of this command (it holds the
 * marker file {@value #MARKER} and only files this command writes), because it is replaced as a whole.
 */
final class OutputDirectory {

    /** The file that marks a directory as written by this command. */
    static final String MARKER = ".segment-output";

    /** The files this command writes into {@code --out}; the Parquet folders with {@code --engine spark}. */
    static final Set<String> FILES = Set.of(MARKER, "segments.csv", "customers.csv", "summary.json", "profiles.csv",
            "report.html", "segments.parquet", "customers.parquet");

    private final Path out;

    private OutputDirectory(Path out) {
        this.out = out;
    }

    /**
     * @param out the {@code --out} directory as given
     * @param input the input file, which must stay untouched
     * @return the checked output directory
     * @throws CommandFailure if writing there could overwrite the input or somebody else's files
     */
    static OutputDirectory check(Path out, Path input) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            if (Files.exists(input) && isSameFile(target, input)) {
                throw new CommandFailure("--out " + out + " is the input file " + input + "; the input is never "
                        + "overwritten. Give a directory for the results, e.g. --out segments-out.");
            }
            if (!Files.isDirectory(target)) {
                throw new CommandFailure("--out " + out + " is an existing file, not a directory. Give a directory for "
                        + "the results (it is created if missing), e.g. --out segments-out.");
            }
            if (Files.exists(input) && realPath(input).startsWith(realPath(target))) {
                throw new CommandFailure("the input file " + input + " lies inside --out " + out + ", which each run "
                        + "replaces as a whole. Give another directory for the results, e.g. --out segments-out.");
            }
            List<String> foreign = entries(target).stream().filter(name -> !FILES.contains(name)).sorted().toList();
            boolean previous = Files.exists(target.resolve(MARKER));
            if (!foreign.isEmpty() || (!previous && !entries(target).isEmpty())) {
                throw new CommandFailure("--out " + out + " is a directory that is not empty and was not written by "
                        + "this command (it holds " + shown(previous ? foreign : entries(target).stream().sorted()
                        .toList()) + "), and each run replaces --out as a whole. Give a new or empty directory, "
                        + "e.g. --out segments-out.");
            }
        }
        return new OutputDirectory(target);
    }

    /** @return the directory the results end up in */
    Path path() {
        return out;
    }

    /**
     * @return a new, empty hidden staging directory next to {@code --out} (on the same file system, so that it can be
     *     renamed into place), with the marker file in it
     */
    Path stage() {
        try {
            Files.createDirectories(out.getParent());
            Path staging = createUnique(".partial-");
            Files.writeString(staging.resolve(MARKER), "Written by the segment command (bash environment/segment.sh). "
                    + "The next run with this --out replaces the whole directory.\n", StandardCharsets.UTF_8);
            return staging;
        } catch (IOException e) {
            throw new CommandFailure("cannot create a directory next to " + out + " for the results: " + e
                    + ". Check that its parent directory exists and is writable, or choose another --out.", e);
        }
    }

    /**
     * Moves the staged results into place: the staging directory becomes {@code --out}, and a previous output is
     * removed.
     */
    void commit(Path staging) {
        try {
            if (Files.exists(out)) {
                Path old = createUnique(".old-");
                Files.delete(old);
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(old);
            } else {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot move the results from " + staging + " to " + out + ": " + e, e);
        }
    }

    /** Deletes a staging directory after a failure; nothing of it is left. */
    static void discard(Path staging) {
        try {
            deleteRecursively(staging);
        } catch (IOException | UncheckedIOException e) {
            // The failure that led here matters more than a leftover hidden directory.
        }
    }

    /**
     * Creates a new hidden directory next to {@code --out}. Unlike {@link Files#createTempDirectory}, which makes
     * directories only the owner can open, it gets the ordinary permissions of a new directory, which the results keep.
     */
    private Path createUnique(String kind) throws IOException {
        String stem = "." + out.getFileName() + kind + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(out.getParent().resolve(stem + System.nanoTime() + "-" + attempt));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another run picked the same name in the same nanosecond: try the next one
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> entries(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.map(path -> path.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new CommandFailure("cannot list --out " + directory + ": " + e, e);
        }
    }

    private static String shown(List<String> names) {
        List<String> first = names.subList(0, Math.min(5, names.size()));
        return String.join(", ", first.stream().map(name -> "'" + name + "'").toList())
                + (names.size() > first.size() ? " and " + (names.size() - first.size()) + " more" : "");
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
