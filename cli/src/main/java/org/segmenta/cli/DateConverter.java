package org.segmenta.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option ({@code --snapshot-date}, {@code --calibration-end}) written as {@code yyyy-MM-dd}. */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("must be a date written yyyy-MM-dd (e.g. 2011-12-10), got '" + value
                    + "'.");
        }
    }
}
