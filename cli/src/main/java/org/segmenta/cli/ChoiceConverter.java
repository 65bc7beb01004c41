package org.segmenta.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.segmenta.features.ColumnSuggestions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a {@link Choice} from its word (case ignored); an unknown word is answered with the closest valid one and the
 * full list.
 */
class ChoiceConverter<E extends Enum<E> & Choice> implements ITypeConverter<E> {

    private final Class<E> type;
    private final String what;

    ChoiceConverter(Class<E> type, String what) {
        this.type = type;
        this.what = what;
    }

    @Override
    public E convert(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        E[] values = type.getEnumConstants();
        for (E candidate : values) {
            if (candidate.word().equals(word)) {
                return candidate;
            }
        }
        E closest = Arrays.stream(values)
                .min(Comparator.comparingInt(candidate -> ColumnSuggestions.editDistance(word, candidate.word())))
                .orElseThrow();
        boolean close = ColumnSuggestions.editDistance(word, closest.word()) <= Math.max(2, word.length() / 3);
        throw new TypeConversionException("unknown " + what + " '" + value + "'"
                + (close ? " (did you mean '" + closest.word() + "'?)" : "") + "; choose one of "
                + Arrays.stream(values).map(Choice::word).collect(Collectors.joining(", ")) + ".");
    }

    /** Converter for {@code --method}. */
    static final class Methods extends ChoiceConverter<Method> {
        Methods() {
            super(Method.class, "method");
        }
    }

    /** Converter for {@code --scale}. */
    static final class Scales extends ChoiceConverter<ScaleChoice> {
        Scales() {
            super(ScaleChoice.class, "scaling");
        }
    }

    /** Converter for {@code --impute}. */
    static final class Imputations extends ChoiceConverter<ImputeChoice> {
        Imputations() {
            super(ImputeChoice.class, "imputation");
        }
    }
}
