package org.segmenta.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --delimiter}: one character, or the words {@code comma}, {@code semicolon}, {@code tab} ({@code \t}). */
final class DelimiterConverter implements ITypeConverter<Character> {

    @Override
    public Character convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            case "pipe" -> '|';
            default -> {
                if (value.length() != 1 || value.equals("\"") || value.equals("\n") || value.equals("\r")) {
                    throw new TypeConversionException("--delimiter must be a single character (e.g. ';') or one of "
                            + "comma, semicolon, tab, pipe; got '" + value + "'. Leave it out to detect , ; or tab.");
                }
                yield value.charAt(0);
            }
        };
    }
}
