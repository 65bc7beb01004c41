package org.segmenta.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.segmenta.playbook.Role;

/**
 * What the user asked for, as given on the command line (column names not yet checked against the file).
 *
 * @param input the customer file
 * @param delimiter the column delimiter, or null to detect it (or for a workbook)
 * @param sheet the sheet of an Excel workbook, or null for its first visible sheet (or for a text file)
 * @param features the numeric features, or null for every numeric column except the id
 * @param idColumn the id column, or null to recognise it
 * @param exclude columns left out of the default features
 * @param categorical categorical features (one-hot encoded)
 * @param impute how gaps in the features are handled
 * @param log numeric features transformed with log1p before scaling
 * @param scale how numeric features are rescaled
 * @param method the clustering method
 * @param k the number of segments, or auto
 * @param maxK the largest k tried when k is auto
 * @param seed the seed of every random step
 * @param roles playbook roles given explicitly, with their columns
 */
record StudySettings(Path input, Character delimiter, String sheet, List<String> features, String idColumn, List<String> exclude,
        List<String> categorical, ImputeChoice impute, List<String> log, ScaleChoice scale, Method method, KChoice k,
        int maxK, long seed, Map<Role, String> roles) {
}
