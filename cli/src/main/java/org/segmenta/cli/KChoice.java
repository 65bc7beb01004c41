package org.segmenta.cli;

import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The number of segments asked for: a fixed k, or {@code auto} for the lib's recommendation
 * ({@link org.segmenta.choosingk.KSelection}).
 *
 * @param fixed the k given, empty for auto
 */
record KChoice(OptionalInt fixed) {

    /** The word that asks for the recommendation. */
    static final String AUTO = "auto";

    /** @return whether k is to be chosen by the lib */
    boolean isAuto() {
        return fixed.isEmpty();
    }

    @Override
    public String toString() {
        return isAuto() ? AUTO : String.valueOf(fixed.getAsInt());
    }

    /** Reads {@code --k}: a whole number of at least 1, or {@code auto}. */
    static final class Converter implements ITypeConverter<KChoice> {
        @Override
        public KChoice convert(String value) {
            String text = value.strip();
            if (text.equalsIgnoreCase(AUTO)) {
                return new KChoice(OptionalInt.empty());
            }
            int k;
            try {
                k = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("--k must be a whole number of segments (at least 1) or 'auto', "
                        + "got '" + value + "'. Example: --k 5, or --k auto to let the criteria choose.");
            }
            if (k < 1) {
                throw new TypeConversionException("--k must be at least 1, got " + k + ". Example: --k 5, or --k auto "
                        + "to let the criteria choose.");
            }
            return new KChoice(OptionalInt.of(k));
        }
    }
}
