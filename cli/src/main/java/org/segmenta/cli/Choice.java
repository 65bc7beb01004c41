package org.segmenta.cli;

/** An option value chosen from a fixed list, written on the command line as one lower-case word. */
interface Choice {

    /** @return the word that selects this value, e.g. {@code "kmeans"} */
    String word();
}
