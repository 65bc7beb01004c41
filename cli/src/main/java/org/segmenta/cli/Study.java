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
 * Everything one run of the command found, step by step, in the groups of the steps that made it; each part was made
 * by the lib.
 *
 * @param settings what was asked for
 * @param data the customers as read and the columns chosen
 * @param segments the features, the choice of k and the segments with their quality
 * @param interpretation what the segments mean: profiles, names and the playbook's advice
 * @param orders the customers made from order lines, with their models, when {@code --transactions} was given; else
 *     null
 */
record Study(StudySettings settings, Data data, Segments segments, Interpretation interpretation,
        OrderCustomers orders) {

    /** The smallest k of the automatic choice: the command is asked for segments, so one segment is no answer. */
    static final int MIN_K = 2;

    /** k-means restarts, for the final segments and for every k of the sweep. */
    static final int RESTARTS = 10;

    /**
     * The customers as read and the columns chosen.
     *
     * @param file the customer file as read
     * @param columns the columns used
     * @param segmentedRows the data rows (0-based) that were segmented: all of them, unless {@code --impute drop}
     *     left some out
     * @param customers the segmented customers, features parsed as numbers
     * @param profiled the numeric columns profiled: the numeric features, then role columns that are not features
     */
    record Data(CustomerFile file, FeatureColumns columns, int[] segmentedRows, Table customers,
            List<String> profiled) {
    }

    /**
     * The features and the segments made from them.
     *
     * @param features the feature matrix
     * @param selection the k-selection sweep, or null when k was given
     * @param segmentation the segments
     * @param quality the internal criteria of the segments
     */
    record Segments(FeatureMatrix features, KSelection selection, Segmentation segmentation, Quality quality) {
    }

    /**
     * What the segments mean.
     *
     * @param profiles the segment profiles
     * @param namingColumns the numeric features the names are built from
     * @param names the segment names
     * @param roles the playbook roles
     * @param advice the playbook's actions per segment
     */
    record Interpretation(SegmentProfiles profiles, List<String> namingColumns, SegmentNames names, Roles roles,
            Recommendations advice) {
    }

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
        return segments.segmentation().k();
    }
}
