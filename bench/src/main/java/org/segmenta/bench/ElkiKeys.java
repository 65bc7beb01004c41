package org.segmenta.bench;

import java.util.List;
import java.util.Optional;

/**
 * How ELKI's process names things in its {@link ChildReport}, readable without ELKI: the benchmark's own process
 * ({@link Report}, {@link Goals}) has the command's jars on its class path, not ELKI's, so it must not load
 * {@link ElkiWorkloads}.
 */
final class ElkiKeys {

    private ElkiKeys() {
    }

    /** How the k-means case's note naming the timed variant starts. */
    static final String TIMED_VARIANT = "k-means: timed variant ";

    /** The key suffix under which the k-means case reports a variant's WCSS in its steps. */
    static final String WCSS_SUFFIX = ".wcss";

    /** @return the variant the k-means case timed, read from its notes, if they name one */
    static Optional<String> timedVariant(List<String> notes) {
        return notes.stream().filter(n -> n.startsWith(TIMED_VARIANT)).map(n -> n.substring(TIMED_VARIANT.length()))
                .findFirst();
    }
}
