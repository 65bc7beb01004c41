package org.segmenta.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.segmenta.playbook.Role;

/**
 * What the user asked for, as given on the command line (column names not yet checked against the file), in the
 * groups the study uses them in: the file to read, the columns to take, how to prepare them and how to segment.
 *
 * @param input the customer file and how to read it
 * @param columns which columns are the features and which is the id
 * @param preparation how the features are encoded, filled in and scaled
 * @param clustering the method, k, seed and k-means iteration cap
 * @param roles playbook roles given explicitly, with their columns
 */
record StudySettings(Input input, Columns columns, Preparation preparation, Clustering clustering,
        Map<Role, String> roles) {

    /**
     * The customer file and how to read it.
     *
     * @param file the customer file
     * @param delimiter the column delimiter, or null to detect it (or for a workbook)
     * @param sheet the sheet of an Excel workbook, or null for its first visible sheet (or for a text file)
     */
    record Input(Path file, Character delimiter, String sheet) {
    }

    /**
     * Which columns are the features, as given.
     *
     * @param features the features, or null for every numeric column except the id
     * @param idColumn the id column, or null to recognise it
     * @param exclude columns left out of the default features
     */
    record Columns(List<String> features, String idColumn, List<String> exclude) {
    }

    /**
     * How the features are made into numbers.
     *
     * @param categorical categorical features (one-hot encoded)
     * @param log numeric features transformed with log1p before scaling
     * @param impute how gaps in the features are handled
     * @param scale how numeric features are rescaled
     */
    record Preparation(List<String> categorical, List<String> log, ImputeChoice impute, ScaleChoice scale) {
    }

    /**
     * How the customers are segmented.
     *
     * @param method the clustering method
     * @param k the number of segments, or auto
     * @param maxK the largest k tried when k is auto
     * @param seed the seed of every random step
     * @param maxIterations the most Lloyd iterations of every k-means restart (the final fit's and the sweep's)
     */
    record Clustering(Method method, KChoice k, int maxK, long seed, int maxIterations) {
    }
}
