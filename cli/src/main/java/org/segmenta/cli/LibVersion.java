package org.segmenta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the lib the command runs on, for the summary. The command module is built from the same version as
 * the lib ({@code segmenta-lib} is declared at {@code ${project.version}}), and Maven writes that version into
 * {@code segment.properties} when it builds the command.
 */
final class LibVersion {

    private LibVersion() {
    }

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
    static String get() {
        try (InputStream in = LibVersion.class.getResourceAsStream("segment.properties")) {
            if (in == null) {
                throw new IllegalStateException("segment.properties is missing from the command's classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
