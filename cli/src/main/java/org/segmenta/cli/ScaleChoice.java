package org.segmenta.cli;

import org.segmenta.features.Scaling;

/** The {@code --scale} values and the lib's {@link Scaling} each stands for. */
enum ScaleChoice implements Choice {
    /** {@link Scaling#NONE}. */
    NONE("none", Scaling.NONE),
    /** {@link Scaling#STANDARD}. */
    STANDARD("standard", Scaling.STANDARD),
    /** {@link Scaling#MIN_MAX}. */
    MINMAX("minmax", Scaling.MIN_MAX),
    /** {@link Scaling#ROBUST}. */
    ROBUST("robust", Scaling.ROBUST);

    private final String word;
    private final Scaling scaling;

    ScaleChoice(String word, Scaling scaling) {
        this.word = word;
        this.scaling = scaling;
    }

    @Override
    public String word() {
        return word;
    }

    /** @return the lib's scaling */
    Scaling scaling() {
        return scaling;
    }
}
