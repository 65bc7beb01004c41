package org.segmenta.rfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmenta.clustering.Segmentation;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.naming.SegmentNames;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Named RFM segments seen as a {@link Segmentation} with their {@link SegmentNames}, so that everything made for
 * segments — profiles, key metrics, the playbook, profile cards, exports — works on them as on k-means segments.
 *
 * <p>The segmentation's features are the customers' {@value RfmScores#R_SCORE}, {@value RfmScores#F_SCORE} and
 * {@value RfmScores#M_SCORE} (unscaled), its method "RFM segment map". As for every segmentation, segments are
 * numbered by size, largest first (ties: the segment whose first customer comes first); {@link #names()} gives each
 * number its segment name ("Champions", "Lost", …). Only segments that have customers appear.
 *
 * <pre>{@code
 * Table named = RfmSegmentMap.standard().apply(RfmScores.score(customers.table()));
 * RfmSegmentation rfm = RfmSegmentation.of(named);
 * KeyMetrics metrics = KeyMetrics.of(named, rfm.segmentation(), roles);
 * Show.table(Playbook.standard().advise(profiles, roles).table(rfm.names()));
 * }</pre>
 *
 * @param segmentation the customers' segments, Segment 1 the largest
 * @param names the RFM segment name of each segment, in the same order
 */
public record RfmSegmentation(Segmentation segmentation, SegmentNames names) {

    /**
     * @param named scored customers with their segment names, as {@link RfmSegmentMap#apply} makes them
     * @return the segments and their names
     * @throws IllegalArgumentException if the table has no {@value RfmSegmentMap#SEGMENT_COLUMN} text column or no
     *     score columns, a customer has no segment name, or a score column is constant (every customer has the same
     *     R, F or M score, so the scores cannot describe segments)
     */
    public static RfmSegmentation of(Table named) {
        if (!named.containsColumn(RfmSegmentMap.SEGMENT_COLUMN)
                || !(named.column(RfmSegmentMap.SEGMENT_COLUMN) instanceof StringColumn)) {
            throw new IllegalArgumentException("table '" + named.name() + "' has no text column '"
                    + RfmSegmentMap.SEGMENT_COLUMN + "'; name the segments first with map.apply(scored).");
        }
        StringColumn segments = named.stringColumn(RfmSegmentMap.SEGMENT_COLUMN);
        Map<String, Integer> labelOf = new LinkedHashMap<>();
        int[] labels = new int[named.rowCount()];
        for (int i = 0; i < labels.length; i++) {
            String name = segments.get(i);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("customer at row " + (i + 1) + " of '" + named.name()
                        + "' has no RFM segment name; name the segments with map.apply(scored) on the whole table.");
            }
            labels[i] = labelOf.computeIfAbsent(name, n -> labelOf.size());
        }
        FeatureMatrix scores = FeatureMatrix.of(named, RfmScores.R_SCORE, RfmScores.F_SCORE, RfmScores.M_SCORE);
        Segmentation segmentation = Segmentation.of("RFM segment map", scores, labels, Map.of());
        List<String> names = new ArrayList<>();
        int[] renumbered = segmentation.labels();
        for (int s = 0; s < segmentation.k(); s++) {
            for (int i = 0; i < renumbered.length; i++) {
                if (renumbered[i] == s) {
                    names.add(segments.get(i));
                    break;
                }
            }
        }
        return new RfmSegmentation(segmentation, SegmentNames.of(names));
    }
}
