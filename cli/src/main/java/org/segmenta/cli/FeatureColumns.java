package org.segmenta.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.segmenta.data.CustomerFile;
import org.segmenta.data.IdColumns;
import org.segmenta.data.NumberText;
import tech.tablesaw.api.Table;

/**
 * Which columns of the customer file the study uses, from the options: the id column (given, or recognised by
 * {@link IdColumns}), the numeric features (given, or by default every numeric column except the id, the excluded, the
 * categorical and the constant ones), the categorical features, and the numeric features to log-transform. A constant
 * column cannot tell customers apart: left out of the defaults (and listed), refused when named.
 *
 * @param id the id column, if any
 * @param idGuessed whether the id was recognised rather than given
 * @param numeric the numeric features, in the order given (default: file order)
 * @param categorical the categorical features, one-hot encoded
 * @param log the numeric features to transform with log1p before scaling
 * @param excluded the columns left out of the default features
 * @param constantLeftOut constant numeric columns left out of the default features
 * @param featuresGiven whether {@code --features} named the numeric features
 */
record FeatureColumns(Optional<String> id, boolean idGuessed, List<String> numeric, List<String> categorical,
        List<String> log, List<String> excluded, List<String> constantLeftOut, boolean featuresGiven) {

    /**
     * @param file the customer file
     * @param features {@code --features}, or null for the default
     * @param id {@code --id-column}, or null to recognise it
     * @param exclude {@code --exclude}
     * @param categorical {@code --categorical}
     * @param log {@code --log}
     * @return the columns
     * @throws CommandFailure if a named column is missing from the file, named twice or in two roles, a numeric feature
     *     holds text, or no feature is left
     * @throws org.segmenta.data.DataFileException if a named column is not in the file
     */
    static FeatureColumns resolve(CustomerFile file, List<String> features, String id, List<String> exclude,
            List<String> categorical, List<String> log) {
        List<String> given = features == null ? null : names(features, "--features");
        List<String> excluded = names(exclude, "--exclude");
        List<String> categories = names(categorical, "--categorical");
        List<String> logged = names(log, "--log");
        for (List<String> named : List.of(given == null ? List.<String>of() : given, excluded, categories, logged)) {
            file.requireColumns(named);
        }
        Optional<String> idColumn = Optional.ofNullable(id).map(String::strip);
        idColumn.ifPresent(name -> file.requireColumns(List.of(name)));
        boolean idGuessed = idColumn.isEmpty();
        Table text = file.text();
        if (idGuessed) {
            idColumn = IdColumns.guess(text);
        }
        List<String> numericColumns = file.numericColumns();
        List<String> numeric = new ArrayList<>();
        List<String> constantLeftOut = new ArrayList<>();
        if (given != null) {
            numeric.addAll(given);
            numeric.removeAll(excluded);
        } else {
            List<String> constant = file.constantColumns();
            for (String column : numericColumns) {
                if (idColumn.map(column::equals).orElse(false) || excluded.contains(column)
                        || categories.contains(column)) {
                    continue;
                }
                (constant.contains(column) ? constantLeftOut : numeric).add(column);
            }
        }
        String fileName = file.file().toString();
        for (String column : numeric) {
            if (categories.contains(column)) {
                throw new CommandFailure(fileName + ": column '" + column + "' is named both in --features and in "
                        + "--categorical. Give it once: as a number (--features) or as categories (--categorical).");
            }
            if (!idGuessed && idColumn.get().equals(column)) {
                throw new CommandFailure(fileName + ": column '" + column + "' is the id column (--id-column) and "
                        + "cannot also be a feature. Leave it out of --features.");
            }
            if (!numericColumns.contains(column) && text.column(column).countMissing() == text.rowCount()) {
                throw new CommandFailure(fileName + ": column '" + column + "' has no values at all (every cell is "
                        + "empty). Leave it out of --features.");
            }
            if (!numericColumns.contains(column)) {
                throw new CommandFailure(fileName + ": column '" + column + "' holds text, not numbers ("
                        + file.rowLabel(firstValueRow(text, column) - 1) + " holds '" + firstValue(text, column)
                        + "'). Give it with "
                        + "--categorical to use its values as categories, or leave it out of --features.");
            }
        }
        categories.removeAll(excluded);
        if (numeric.isEmpty() && categories.isEmpty()) {
            throw new CommandFailure(fileName + ": no feature columns are left to segment on. Numeric columns of the "
                    + "file: " + quoted(numericColumns) + idColumn.map(name -> " ('" + name + "' is the id)").orElse("")
                    + "; excluded: " + quoted(excluded) + "; constant: " + quoted(constantLeftOut)
                    + ". Name the features with --features \"A,B\".");
        }
        for (String column : logged) {
            if (!numeric.contains(column)) {
                throw new CommandFailure(fileName + ": --log column '" + column + "' is not one of the numeric "
                        + "features " + quoted(numeric) + ". Add it to the features, or leave it out of --log.");
            }
        }
        return new FeatureColumns(idColumn, idGuessed, List.copyOf(numeric), List.copyOf(categories),
                List.copyOf(logged), List.copyOf(excluded), List.copyOf(constantLeftOut), given != null);
    }

    /** @return every feature column, numeric first */
    List<String> all() {
        List<String> all = new ArrayList<>(numeric);
        all.addAll(categorical);
        return all;
    }

    /** Column names from a comma-separated option, stripped of surrounding spaces; blanks and repeats refused. */
    private static List<String> names(List<String> values, String option) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            String name = value.strip();
            if (name.isEmpty()) {
                throw new CommandFailure(option + " has an empty column name (two commas in a row, or a comma at an "
                        + "end); separate names with single commas, e.g. " + option + " \"Age,Income\".");
            }
            if (!names.add(name)) {
                throw new CommandFailure(option + " names column '" + name + "' twice; name each column once.");
            }
        }
        return new ArrayList<>(names);
    }

    private static int firstValueRow(Table text, String column) {
        for (int row = 0; row < text.rowCount(); row++) {
            if (NumberText.kindOf(text.getString(row, column)) != NumberText.Kind.MISSING) {
                return row + 1;
            }
        }
        return 1;
    }

    private static String firstValue(Table text, String column) {
        return text.getString(firstValueRow(text, column) - 1, column);
    }

    static String quoted(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(name -> "'" + name + "'").toList());
    }
}
