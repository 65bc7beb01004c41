package org.segmenta.spark.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.security.AccessControlException;

/**
 * The operations of {@link java.nio.file.Files} on {@link HadoopNioPath}s, each one call of Hadoop's
 * {@link org.apache.hadoop.fs.FileSystem}; Hadoop's exceptions become the NIO ones ({@link NoSuchFileException},
 * {@link FileAlreadyExistsException}, {@link AccessDeniedException}), so the callers' messages stay right. See
 * {@link HadoopPaths} for what is offered.
 */
final class HadoopNioProvider extends FileSystemProvider {

    private final String scheme;

    HadoopNioProvider(String scheme) {
        this.scheme = scheme;
    }

    @Override
    public String getScheme() {
        return scheme;
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw HadoopNioFileSystem.unsupported("new file systems by URI (use HadoopPaths.of)");
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        throw HadoopNioFileSystem.unsupported("file systems by URI (use HadoopPaths.of)");
    }

    @Override
    public Path getPath(URI uri) {
        throw HadoopNioFileSystem.unsupported("paths by URI (use HadoopPaths.of)");
    }

    private static org.apache.hadoop.fs.FileSystem hadoop(HadoopNioPath path) {
        return path.getFileSystem().hadoop();
    }

    /** @return the file's status */
    private static FileStatus status(HadoopNioPath path) throws IOException {
        try {
            return hadoop(path).getFileStatus(path.hadoop());
        } catch (FileNotFoundException e) {
            throw noSuchFile(path, e);
        } catch (AccessControlException e) {
            throw denied(path, e);
        }
    }

    private static boolean exists(HadoopNioPath path) throws IOException {
        try {
            status(path);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        HadoopNioPath file = HadoopNioPath.of(path);
        if (status(file).isDirectory()) {
            throw new IOException(file + " is a directory");
        }
        try {
            return hadoop(file).open(file.hadoop());
        } catch (FileNotFoundException e) {
            throw noSuchFile(file, e);
        } catch (AccessControlException e) {
            throw denied(file, e);
        }
    }

    /**
     * Opens a new output stream: {@link StandardOpenOption#CREATE_NEW} refuses an existing file, otherwise the file is
     * created or replaced; appending is not offered.
     */
    @Override
    public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        HadoopNioPath file = HadoopNioPath.of(path);
        List<OpenOption> given = Arrays.asList(options);
        if (given.contains(StandardOpenOption.APPEND)) {
            throw HadoopNioFileSystem.unsupported("appending writes");
        }
        boolean createNew = given.contains(StandardOpenOption.CREATE_NEW);
        if (createNew && exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        try {
            return hadoop(file).create(file.hadoop(), !createNew);
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            throw (FileAlreadyExistsException) new FileAlreadyExistsException(file.toString()).initCause(e);
        } catch (AccessControlException e) {
            throw denied(file, e);
        }
    }

    /** A channel that reads a file from its start, or writes a new one ({@link #newOutputStream}'s options). */
    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attributes) throws IOException {
        if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
            return new StreamChannel(null, 0, Channels.newChannel(newOutputStream(path,
                    options.toArray(OpenOption[]::new))));
        }
        HadoopNioPath file = HadoopNioPath.of(path);
        long length = status(file).getLen();
        InputStream in = newInputStream(file);
        return new StreamChannel((FSDataInputStream) in, length, null);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        HadoopNioPath directory = HadoopNioPath.of(dir);
        FileStatus[] statuses;
        try {
            statuses = hadoop(directory).listStatus(directory.hadoop());
        } catch (FileNotFoundException e) {
            throw noSuchFile(directory, e);
        } catch (AccessControlException e) {
            throw denied(directory, e);
        }
        List<Path> entries = new ArrayList<>();
        for (FileStatus status : statuses) {
            Path entry = directory.resolve(status.getPath().getName());
            if (filter.accept(entry)) {
                entries.add(entry);
            }
        }
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                return entries.iterator();
            }

            @Override
            public void close() {
                // listed at once: nothing held open
            }
        };
    }

    /** Creates the directory (and, on Hadoop, any missing parent); refuses one that exists. */
    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attributes) throws IOException {
        HadoopNioPath directory = HadoopNioPath.of(dir);
        if (exists(directory)) {
            throw new FileAlreadyExistsException(directory.toString());
        }
        try {
            if (!hadoop(directory).mkdirs(directory.hadoop())) {
                throw new IOException("Hadoop could not create the directory " + directory);
            }
        } catch (AccessControlException e) {
            throw denied(directory, e);
        }
    }

    /** Deletes a file or an empty directory. */
    @Override
    public void delete(Path path) throws IOException {
        HadoopNioPath file = HadoopNioPath.of(path);
        FileStatus status = status(file);
        if (status.isDirectory() && hadoop(file).listStatus(file.hadoop()).length > 0) {
            throw new DirectoryNotEmptyException(file.toString());
        }
        try {
            if (!hadoop(file).delete(file.hadoop(), false)) {
                throw new IOException("Hadoop could not delete " + file);
            }
        } catch (AccessControlException e) {
            throw denied(file, e);
        }
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) {
        throw HadoopNioFileSystem.unsupported("copies");
    }

    /**
     * Hadoop's rename (see {@link HadoopPaths} for its atomicity): never onto an existing target, which Hadoop would
     * read as "into that directory"; {@link StandardCopyOption#REPLACE_EXISTING} first deletes a target that is a
     * file or an empty directory.
     */
    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        HadoopNioPath from = HadoopNioPath.of(source);
        HadoopNioPath to = HadoopNioPath.of(target);
        status(from);
        if (exists(to)) {
            if (!Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING)) {
                throw new FileAlreadyExistsException(to.toString());
            }
            delete(to);
        }
        try {
            if (!hadoop(from).rename(from.hadoop(), to.hadoop())) {
                throw new IOException("Hadoop could not rename " + from + " to " + to + " (does the parent of the "
                        + "target exist?)");
            }
        } catch (AccessControlException e) {
            throw denied(from, e);
        }
    }

    @Override
    public boolean isSameFile(Path path, Path other) {
        return other instanceof HadoopNioPath && path.toAbsolutePath().normalize()
                .equals(other.toAbsolutePath().normalize());
    }

    @Override
    public boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public FileStore getFileStore(Path path) {
        throw HadoopNioFileSystem.unsupported("file stores");
    }

    /** Exists, and (for READ, WRITE) Hadoop's permission check allows it; EXECUTE is not checked. */
    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        HadoopNioPath file = HadoopNioPath.of(path);
        status(file);
        for (AccessMode mode : modes) {
            FsAction action = mode == AccessMode.READ ? FsAction.READ : mode == AccessMode.WRITE ? FsAction.WRITE
                    : null;
            if (action != null) {
                try {
                    hadoop(file).access(file.hadoop(), action);
                } catch (AccessControlException e) {
                    throw denied(file, e);
                } catch (FileNotFoundException e) {
                    throw noSuchFile(file, e);
                }
            }
        }
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (!type.isAssignableFrom(BasicFileAttributes.class)) {
            throw HadoopNioFileSystem.unsupported(type.getSimpleName() + " attributes");
        }
        return (A) new Attributes(status(HadoopNioPath.of(path)));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) {
        throw HadoopNioFileSystem.unsupported("attributes by name");
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw HadoopNioFileSystem.unsupported("attribute changes");
    }

    private static NoSuchFileException noSuchFile(HadoopNioPath path, FileNotFoundException cause) {
        return (NoSuchFileException) new NoSuchFileException(path.toString()).initCause(cause);
    }

    private static AccessDeniedException denied(HadoopNioPath path, AccessControlException cause) {
        return (AccessDeniedException) new AccessDeniedException(path.toString(), null,
                String.valueOf(cause.getMessage()).lines().findFirst().orElse("")).initCause(cause);
    }

    /** A file's basic attributes from Hadoop's status; no links, no file key. */
    private record Attributes(FileStatus status) implements BasicFileAttributes {

        @Override
        public FileTime lastModifiedTime() {
            return FileTime.fromMillis(status.getModificationTime());
        }

        @Override
        public FileTime lastAccessTime() {
            return FileTime.fromMillis(status.getAccessTime());
        }

        @Override
        public FileTime creationTime() {
            return lastModifiedTime();
        }

        @Override
        public boolean isRegularFile() {
            return status.isFile();
        }

        @Override
        public boolean isDirectory() {
            return status.isDirectory();
        }

        @Override
        public boolean isSymbolicLink() {
            return false;
        }

        @Override
        public boolean isOther() {
            return !status.isFile() && !status.isDirectory();
        }

        @Override
        public long size() {
            return status.getLen();
        }

        @Override
        public Object fileKey() {
            return null;
        }
    }

    /** A channel over a Hadoop input stream (read, seek) or over an output stream (write): one of the two. */
    private static final class StreamChannel implements SeekableByteChannel {

        private final FSDataInputStream in;
        private final long length;
        private final ReadableByteChannel reader;
        private final WritableByteChannel writer;
        private long written;

        /**
         * @param in the stream to read, or null for writing
         * @param length the length of the file read (as it was opened)
         * @param writer where to write, or null for reading
         */
        StreamChannel(FSDataInputStream in, long length, WritableByteChannel writer) {
            this.in = in;
            this.length = length;
            this.reader = in == null ? null : Channels.newChannel(in);
            this.writer = writer;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            if (reader == null) {
                throw new java.nio.channels.NonReadableChannelException();
            }
            return reader.read(destination);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (writer == null) {
                throw new NonWritableChannelException();
            }
            int count = writer.write(source);
            written += count;
            return count;
        }

        @Override
        public long position() throws IOException {
            return in != null ? in.getPos() : written;
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            if (in == null) {
                throw HadoopNioFileSystem.unsupported("seeks while writing");
            }
            in.seek(newPosition);
            return this;
        }

        @Override
        public long size() {
            return in == null ? written : length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw HadoopNioFileSystem.unsupported("truncation");
        }

        @Override
        public boolean isOpen() {
            return reader != null ? reader.isOpen() : writer.isOpen();
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            } else {
                writer.close();
            }
        }
    }
}
