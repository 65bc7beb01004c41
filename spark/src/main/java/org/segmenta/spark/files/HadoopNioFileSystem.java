package org.segmenta.spark.files;

import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Set;

/**
 * The files under one Hadoop file system root ({@code s3a://bucket/}), as a {@link FileSystem} of
 * {@link HadoopNioPath}s served by a {@link HadoopNioProvider}. Not installed among the JDK's providers: its paths come
 * from {@link HadoopPaths#of} only. Closing it does nothing, since Hadoop shares its file systems within the JVM.
 */
final class HadoopNioFileSystem extends FileSystem {

    private final URI root;
    private final org.apache.hadoop.fs.FileSystem hadoop;
    private final HadoopNioProvider provider;

    /**
     * @param root the scheme and authority, with the path {@code /}
     * @param hadoop Hadoop's file system for {@code root}
     */
    HadoopNioFileSystem(URI root, org.apache.hadoop.fs.FileSystem hadoop) {
        this.root = root;
        this.hadoop = hadoop;
        this.provider = new HadoopNioProvider(root.getScheme());
    }

    /** @return the scheme and authority, e.g. {@code s3a://bucket/} */
    URI root() {
        return root;
    }

    /** @return {@code s3a://bucket}: what a path's absolute text starts with */
    String prefix() {
        return root.getScheme() + "://" + (root.getAuthority() == null ? "" : root.getAuthority());
    }

    org.apache.hadoop.fs.FileSystem hadoop() {
        return hadoop;
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() {
        // Hadoop's FileSystem.get shares one instance per scheme, authority and user: Spark may still use it.
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(getPath("/"));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw unsupported("file stores");
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    /** @return the path of {@code first} and {@code more} joined by {@code /} (repeated slashes count as one) */
    @Override
    public HadoopNioPath getPath(String first, String... more) {
        StringBuilder text = new StringBuilder(first);
        for (String part : more) {
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : "/").append(part);
            }
        }
        return new HadoopNioPath(this, text.toString());
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw unsupported("path matchers");
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw unsupported("user principals");
    }

    @Override
    public WatchService newWatchService() {
        throw unsupported("watching");
    }

    static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException(what + " are not offered for Hadoop file systems' paths "
                + "(HadoopPaths)");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HadoopNioFileSystem files && files.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }
}
