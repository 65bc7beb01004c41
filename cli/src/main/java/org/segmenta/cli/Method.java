package org.segmenta.cli;

import java.util.Optional;
import org.segmenta.clustering.Linkage;

/** The clustering methods the command offers: k-means, or agglomerative clustering with one of four linkages. */
enum Method implements Choice {
    /** k-means (Lloyd) with k-means++ restarts: {@link org.segmenta.clustering.KMeans}. */
    KMEANS("kmeans", null),
    /** Ward linkage: {@link Linkage#WARD}. */
    WARD("ward", Linkage.WARD),
    /** Complete linkage: {@link Linkage#COMPLETE}. */
    COMPLETE("complete", Linkage.COMPLETE),
    /** Average linkage: {@link Linkage#AVERAGE}. */
    AVERAGE("average", Linkage.AVERAGE),
    /** Single linkage: {@link Linkage#SINGLE}. */
    SINGLE("single", Linkage.SINGLE);

    private final String word;
    private final Linkage linkage;

    Method(String word, Linkage linkage) {
        this.word = word;
        this.linkage = linkage;
    }

    @Override
    public String word() {
        return word;
    }

    /** @return the linkage of a hierarchical method, empty for k-means */
    Optional<Linkage> linkage() {
        return Optional.ofNullable(linkage);
    }
}
