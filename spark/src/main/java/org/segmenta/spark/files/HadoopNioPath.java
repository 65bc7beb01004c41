package org.segmenta.spark.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path of a {@link HadoopNioFileSystem}: absolute ({@code /orders/2026}, shown with its file system's scheme and
 * authority as {@code s3a://bucket/orders/2026}) or relative ({@code 2026}, as {@link #getFileName()} gives), its names
 * separated by {@code /}. Immutable; equal when the file system's root and the text are equal.
 */
final class HadoopNioPath implements Path {

    private final HadoopNioFileSystem files;
    private final boolean absolute;
    private final List<String> names;

    HadoopNioPath(HadoopNioFileSystem files, String text) {
        this(files, text.startsWith("/"), Arrays.stream(text.split("/")).filter(name -> !name.isEmpty()).toList());
    }

    private HadoopNioPath(HadoopNioFileSystem files, boolean absolute, List<String> names) {
        this.files = files;
        this.absolute = absolute;
        this.names = List.copyOf(names);
    }

    /** @return Hadoop's path of this absolute path, for its {@link org.apache.hadoop.fs.FileSystem} */
    org.apache.hadoop.fs.Path hadoop() {
        return new org.apache.hadoop.fs.Path(toUri());
    }

    static HadoopNioPath of(Path path) {
        if (path instanceof HadoopNioPath hadoop) {
            return hadoop;
        }
        throw new ProviderMismatchException(path + " is not a path of a Hadoop file system (HadoopPaths)");
    }

    @Override
    public HadoopNioFileSystem getFileSystem() {
        return files;
    }

    @Override
    public boolean isAbsolute() {
        return absolute;
    }

    @Override
    public Path getRoot() {
        return absolute ? new HadoopNioPath(files, true, List.of()) : null;
    }

    @Override
    public Path getFileName() {
        return names.isEmpty() ? null : new HadoopNioPath(files, false, List.of(names.getLast()));
    }

    @Override
    public Path getParent() {
        if (names.isEmpty() || (names.size() == 1 && !absolute)) {
            return null;
        }
        return new HadoopNioPath(files, absolute, names.subList(0, names.size() - 1));
    }

    @Override
    public int getNameCount() {
        return names.size();
    }

    @Override
    public Path getName(int index) {
        return new HadoopNioPath(files, false, List.of(names.get(index)));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return new HadoopNioPath(files, false, names.subList(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        return other instanceof HadoopNioPath path && path.files.equals(files) && path.absolute == absolute
                && path.names.size() <= names.size() && names.subList(0, path.names.size()).equals(path.names);
    }

    @Override
    public boolean endsWith(Path other) {
        if (!(other instanceof HadoopNioPath path) || !path.files.equals(files)
                || (path.absolute && !equals(path)) || path.names.size() > names.size()) {
            return false;
        }
        return names.subList(names.size() - path.names.size(), names.size()).equals(path.names);
    }

    @Override
    public Path normalize() {
        List<String> normal = new ArrayList<>();
        for (String name : names) {
            if (name.equals("..") && !normal.isEmpty() && !normal.getLast().equals("..")) {
                normal.removeLast();
            } else if (name.equals("..") && absolute) {
                continue; // above the root is the root
            } else if (!name.equals(".")) {
                normal.add(name);
            }
        }
        return new HadoopNioPath(files, absolute, normal);
    }

    @Override
    public Path resolve(Path other) {
        HadoopNioPath path = of(other);
        if (path.absolute) {
            return path;
        }
        List<String> joined = new ArrayList<>(names);
        joined.addAll(path.names);
        return new HadoopNioPath(files, absolute, joined);
    }

    @Override
    public Path resolve(String other) {
        return resolve(files.getPath(other));
    }

    @Override
    public Path relativize(Path other) {
        HadoopNioPath path = of(other);
        if (path.absolute != absolute) {
            throw new IllegalArgumentException("cannot relativize " + other + " against " + this
                    + ": one is absolute, the other not");
        }
        int common = 0;
        while (common < names.size() && common < path.names.size()
                && names.get(common).equals(path.names.get(common))) {
            common++;
        }
        List<String> relative = new ArrayList<>();
        for (int i = common; i < names.size(); i++) {
            relative.add("..");
        }
        relative.addAll(path.names.subList(common, path.names.size()));
        return new HadoopNioPath(files, false, relative);
    }

    /** @return the absolute URI, e.g. {@code s3a://bucket/orders/2026} (characters a URI cannot hold escaped) */
    @Override
    public URI toUri() {
        URI root = files.root();
        try {
            return new URI(root.getScheme(), root.getAuthority(), "/" + String.join("/",
                    ((HadoopNioPath) toAbsolutePath()).names), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI of " + this + ": " + e.getMessage(), e);
        }
    }

    /** @return this path if absolute, else this path under the file system's root (Hadoop paths have no cwd here) */
    @Override
    public Path toAbsolutePath() {
        return absolute ? this : new HadoopNioPath(files, true, names);
    }

    /** @throws NoSuchFileException if nothing is there */
    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        Path real = toAbsolutePath().normalize();
        files.provider().checkAccess(real);
        return real;
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw HadoopNioFileSystem.unsupported("watch services");
    }

    @Override
    public int compareTo(Path other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HadoopNioPath path && path.files.equals(files) && path.absolute == absolute
                && path.names.equals(names);
    }

    @Override
    public int hashCode() {
        return files.hashCode() * 31 * 31 + Boolean.hashCode(absolute) * 31 + names.hashCode();
    }

    /** @return {@code s3a://bucket/orders/2026} for an absolute path, {@code orders/2026} for a relative one */
    @Override
    public String toString() {
        String joined = String.join("/", names);
        return absolute ? files.prefix() + "/" + joined : joined;
    }
}
