package org.segmenta.features;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean …?" for column names: the closest available name by edit distance, if it is close enough. */
public final class ColumnSuggestions {

    private ColumnSuggestions() {
    }

    /**
     * @return {@code " (did you mean 'X'?)"} for the available name X closest to {@code wanted} (case ignored) when it
     *     is within max(3, length/3) edits or contains the wanted name (e.g. the name without its unit), else {@code ""}
     */
    public static String didYouMean(String wanted, List<String> available) {
        return closest(wanted, available).map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    /**
     * @param wanted a name that is not among {@code available}
     * @param available the names there are
     * @return the available name closest to {@code wanted} (the smallest edit distance, ignoring case) if it is close
     *     enough (at most max(3, a third of its length) edits away, or containing it), or empty
     */
    public static Optional<String> closest(String wanted, List<String> available) {
        String lower = wanted.toLowerCase();
        return available.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(lower, candidate.toLowerCase())))
                .filter(best -> editDistance(lower, best.toLowerCase()) <= Math.max(3, wanted.length() / 3)
                        || best.toLowerCase().contains(lower));
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions from a to b. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
