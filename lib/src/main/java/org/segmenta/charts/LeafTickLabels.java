package org.segmenta.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The x-axis tick labels of a dendrogram: the leaf label at each leaf position 0, 1, 2, …, as an XChart tick-label
 * formatting function.
 *
 * <p>XChart picks tick positions itself, draws no ticks at all when both axis ends (half a leaf before the first and
 * after the last) format alike, and keeps a tick spacing only if every tick label in it is distinct. So: positions
 * between leaves get {@code ""} (a spacing finer than one leaf is then refused, and the ticks land on the leaves),
 * except left of the first leaf, which gets a space; repeated leaf labels such as two "(3)" branches get trailing
 * spaces; integer positions beyond the leaves get distinct runs of spaces. XChart places a label by the outline of
 * its glyphs, so spaces change nothing on the page.
 */
final class LeafTickLabels implements Function<Double, String> {

    private final String[] distinct;

    LeafTickLabels(List<String> labels) {
        this.distinct = new String[labels.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            int earlier = seen.merge(labels.get(i), 1, Integer::sum) - 1;
            distinct[i] = labels.get(i) + " ".repeat(earlier);
        }
    }

    @Override
    public String apply(Double value) {
        long position = Math.round(value);
        if (Math.abs(value - position) > 1e-6) {
            return value < 0 ? " " : "";
        }
        if (position < 0) {
            return " ".repeat((int) (-2 * position));
        }
        if (position >= distinct.length) {
            return " ".repeat((int) (2 * (position - distinct.length) + 3));
        }
        return distinct[(int) position];
    }
}
