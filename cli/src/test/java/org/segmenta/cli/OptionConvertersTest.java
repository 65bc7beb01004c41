package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.segmenta.features.Scaling;
import picocli.CommandLine.TypeConversionException;

/** The option converters: words to choices, k, delimiters. */
class OptionConvertersTest {

    @Test
    void methodWordsIgnoreCase() {
        assertEquals(Method.WARD, new ChoiceConverter.Methods().convert("Ward"));
    }

    @Test
    void minmaxStandsForTheLibsMinMaxScaling() {
        assertEquals(Scaling.MIN_MAX, new ChoiceConverter.Scales().convert("minmax").scaling());
    }

    @Test
    void farOffWordGetsTheListWithoutASuggestion() {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> new ChoiceConverter.Imputations().convert("knn"));

        assertEquals("unknown imputation 'knn'; choose one of none, median, mean, drop.", e.getMessage());
    }

    @Test
    void kIsAutoOrAPositiveWholeNumber() {
        assertTrue(new KChoice.Converter().convert("AUTO").isAuto());
        assertEquals(OptionalInt.of(7), new KChoice.Converter().convert(" 7 ").fixed());
    }

    @Test
    void fractionalKIsRefused() {
        assertThrows(TypeConversionException.class, () -> new KChoice.Converter().convert("2.5"));
    }

    @Test
    void delimiterWordsAndCharacters() {
        DelimiterConverter converter = new DelimiterConverter();

        assertEquals('\t', converter.convert("tab"));
        assertEquals('\t', converter.convert("\\t"));
        assertEquals(';', converter.convert(";"));
        assertEquals('|', converter.convert("|"));
    }

    @Test
    void delimiterOfSeveralCharactersOrAQuoteIsRefused() {
        assertThrows(TypeConversionException.class, () -> new DelimiterConverter().convert(";;"));
        assertThrows(TypeConversionException.class, () -> new DelimiterConverter().convert("\""));
    }
}
