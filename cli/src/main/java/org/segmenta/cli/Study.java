package org.segmenta.cli;

import java.util.List;
import org.segmenta.choosingk.KSelection;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerFile;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.SegmentNames;
import org.segmenta.playbook.Recommendations;
import org.segmenta.playbook.Roles;
import org.segmenta.profiling.SegmentProfiles;
import tech.tablesaw.api.Table;

/**
 * Everything one run of the command found, step by step; each part was made by the lib.
 *
 * @param settings what was asked for
 * @param file the customer file as read
 * @param columns the columns used
 * @param segmentedRows the data rows (0-based) that were segmented: all of them, unless {@code --impute drop} left
 *     some out
 * @param customers the segmented customers, features parsed as numbers
 * @param profiled the numeric columns profiled: the numeric features, then role columns that are not features
 * @param features the feature matrix
 * @param selection the k-selection sweep, or null when k was given
 * @param segmentation the segments
 * @param quality the internal criteria of the segments
 * @param profiles the segment profiles
 * @param namingColumns the numeric features the names are built from
 * @param names the segment names
 * @param roles the playbook roles
 * @param advice the playbook's actions per segment
 * @param orders the customers made from order lines, with their models, when {@code --transactions} was given; else
 *     null
 */
record Study(StudySettings settings, CustomerFile file, FeatureColumns columns, int[] segmentedRows, Table customers,
        List<String> profiled, FeatureMatrix features, KSelection selection, Segmentation segmentation,
        Quality quality, SegmentProfiles profiles, List<String> namingColumns, SegmentNames names, Roles roles,
        Recommendations advice, OrderCustomers orders) {

    /** The smallest k of the automatic choice: the command is asked for segments, so one segment is no answer. */
    static final int K_MIN = 2;

    /** k-means restarts, for the final segments and for every k of the sweep. */
    static final int RESTARTS = 10;

    /** @return whether the customers were made from order lines ({@code --transactions}) */
    boolean fromOrders() {
        return orders != null;
    }

    /** @return the name of the labelled customer file: customers.csv from order lines, else segments.csv */
    String customersFileName() {
        return fromOrders() ? "customers.csv" : "segments.csv";
    }

    /** @return the number of segments */
    int k() {
        return segmentation.k();
    }
}
