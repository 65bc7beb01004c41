package org.segmenta.choosingk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One recommended number of segments from several criteria that may disagree, with the reasons in plain language.
 *
 * <p>Rule: every criterion that names a k casts one vote for it; the k with the most votes is recommended; a tie goes
 * to the smaller k, because fewer segments are easier to describe and act on (and every criterion here can be pushed
 * to favour more segments by noise). A criterion that names no k (no elbow found, gap rule never satisfied) does not
 * vote, and the explanation says so.
 *
 * <p>A criterion can also be <b>left out</b> ({@link #from(Map, Map)}), with the reason: when it cannot be computed
 * where the data are (the gap statistic needs k-means on reference tables as large as the data). A left-out
 * criterion does not vote, counts in none of the explanation's tallies, and the explanation ends with the reason, so
 * a reader of the recommendation knows it was weighed from fewer criteria.
 *
 * <pre>{@code
 * KRecommendation r = KRecommendation.from(Map.of(Criterion.SILHOUETTE, OptionalInt.of(5), ...));
 * r.k();              // 5
 * r.explanation();    // "k = 5: the elbow, silhouette and Davies–Bouldin agree (3 of 5 criteria). ..."
 * }</pre>
 */
public final class KRecommendation {

    private final Map<Criterion, OptionalInt> preferences;
    private final Map<Criterion, String> leftOut;
    private final int k;
    private final String explanation;

    private KRecommendation(Map<Criterion, OptionalInt> preferences, Map<Criterion, String> leftOut, int k) {
        this.preferences = Collections.unmodifiableMap(preferences);
        this.leftOut = Collections.unmodifiableMap(leftOut);
        this.k = k;
        this.explanation = explain();
    }

    /**
     * @param preferences the k each criterion prefers (empty: it names none); a criterion left out counts as naming
     *     none
     * @throws IllegalArgumentException if no criterion names a k, or a named k is below 1
     */
    public static KRecommendation from(Map<Criterion, OptionalInt> preferences) {
        return from(preferences, Map.of());
    }

    /**
     * The recommendation from the criteria not left out.
     *
     * @param preferences the k each weighed criterion prefers (empty: it names none); a criterion neither here nor
     *     left out counts as naming none
     * @param leftOut the criteria not computed, each with the reason in plain language (a clause that completes
     *     "the gap rule was left out: …", e.g. "it needs k-means on reference tables as large as the data"); they do
     *     not vote and the explanation says so
     * @throws IllegalArgumentException if no criterion names a k, a named k is below 1, a left-out criterion names a
     *     k, a reason is blank, or every criterion is left out
     */
    public static KRecommendation from(Map<Criterion, OptionalInt> preferences, Map<Criterion, String> leftOut) {
        Map<Criterion, String> omitted = new EnumMap<>(Criterion.class);
        for (Map.Entry<Criterion, String> entry : leftOut.entrySet()) {
            if (preferences.getOrDefault(entry.getKey(), OptionalInt.empty()).isPresent()) {
                throw new IllegalArgumentException(entry.getKey().label() + " is left out but prefers k = "
                        + preferences.get(entry.getKey()).getAsInt() + "; either weigh it or leave it out.");
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                throw new IllegalArgumentException(entry.getKey().label() + " is left out without a reason; say why "
                        + "it was not computed.");
            }
            omitted.put(entry.getKey(), entry.getValue().strip());
        }
        if (omitted.size() == Criterion.values().length) {
            throw new IllegalArgumentException("every criterion is left out, so there is nothing to recommend from; "
                    + "weigh at least one.");
        }
        Map<Criterion, OptionalInt> all = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            if (omitted.containsKey(criterion)) {
                continue;
            }
            OptionalInt k = preferences.getOrDefault(criterion, OptionalInt.empty());
            if (k.isPresent() && k.getAsInt() < 1) {
                throw new IllegalArgumentException(criterion.label() + " prefers k = " + k.getAsInt()
                        + ", but k must be at least 1.");
            }
            all.put(criterion, k);
        }
        TreeMap<Integer, Integer> votes = votes(all);
        if (votes.isEmpty()) {
            throw new IllegalArgumentException("no criterion named a k, so there is nothing to recommend; "
                    + "widen the range of k (at least 3 values, including k = 2).");
        }
        int best = votes.firstKey();
        for (Map.Entry<Integer, Integer> entry : votes.entrySet()) {
            if (entry.getValue() > votes.get(best)) {
                best = entry.getKey();
            }
        }
        return new KRecommendation(all, omitted, best);
    }

    /** @return votes per k, ascending k */
    private static TreeMap<Integer, Integer> votes(Map<Criterion, OptionalInt> preferences) {
        TreeMap<Integer, Integer> votes = new TreeMap<>();
        preferences.values().forEach(k -> k.ifPresent(value -> votes.merge(value, 1, Integer::sum)));
        return votes;
    }

    /** @return the recommended number of segments */
    public int k() {
        return k;
    }

    /** @return the k {@code criterion} prefers, empty if it names none or was left out */
    public OptionalInt preferredBy(Criterion criterion) {
        return preferences.getOrDefault(criterion, OptionalInt.empty());
    }

    /** @return the criteria weighed (all but the left-out ones), in {@link Criterion} order */
    public List<Criterion> weighed() {
        return List.copyOf(preferences.keySet());
    }

    /** @return the criteria left out, each with the reason, in {@link Criterion} order; empty if all were weighed */
    public Map<Criterion, String> leftOut() {
        return leftOut;
    }

    /** @return the criteria that prefer {@code k}, in {@link Criterion} order */
    public List<Criterion> supporters(int k) {
        List<Criterion> supporters = new ArrayList<>();
        for (Map.Entry<Criterion, OptionalInt> entry : preferences.entrySet()) {
            if (entry.getValue().isPresent() && entry.getValue().getAsInt() == k) {
                supporters.add(entry.getKey());
            }
        }
        return supporters;
    }

    /** @return the criteria that prefer the recommended k */
    public List<Criterion> supporters() {
        return supporters(k);
    }

    /**
     * @return the recommendation in plain language: which criteria agree, which prefer another k (and which), which
     *     named none, and how a tie was broken
     */
    public String explanation() {
        return explanation;
    }

    private String explain() {
        List<Criterion> agree = supporters(k);
        long voters = preferences.values().stream().filter(OptionalInt::isPresent).count();
        StringBuilder text = new StringBuilder(kText(k) + ": ");
        if (agree.size() == 1) {
            text.append("only ").append(agree.get(0).label()).append(" prefers it");
        } else if (agree.size() == voters) {
            text.append(agree.size() == 2 ? "both" : "all " + agree.size()).append(" criteria")
                    .append(voters == preferences.size() ? "" : " that name a k").append(" agree (")
                    .append(join(labels(agree))).append(")");
        } else {
            text.append(join(labels(agree))).append(" agree (").append(agree.size()).append(" of ").append(voters)
                    .append(" criteria)");
        }
        text.append('.');
        TreeMap<Integer, Integer> votes = votes(preferences);
        for (Map.Entry<Integer, Integer> entry : votes.entrySet()) {
            int other = entry.getKey();
            if (other == k) {
                continue;
            }
            List<Criterion> others = supporters(other);
            text.append(' ').append(capitalise(join(labels(others)))).append(others.size() == 1 ? " prefers" : " prefer")
                    .append(' ').append(kText(other));
            if (entry.getValue() == agree.size()) {
                text.append(", as many votes; the tie goes to the smaller k, since fewer segments are easier to "
                        + "describe and act on");
            }
            text.append('.');
        }
        for (Map.Entry<Criterion, OptionalInt> entry : preferences.entrySet()) {
            if (entry.getValue().isEmpty()) {
                text.append(' ').append(switch (entry.getKey()) {
                    case ELBOW -> "Kneedle found no elbow in the WCSS curve.";
                    case GAP -> "The gap rule found no k in the range (Gap(k) ≥ Gap(k+1) − s(k+1) never held).";
                    default -> capitalise(entry.getKey().label()) + " named no k.";
                });
            }
        }
        for (Map.Entry<Criterion, String> entry : leftOut.entrySet()) {
            text.append(' ').append(capitalise(entry.getKey().label())).append(" was left out: ")
                    .append(entry.getValue()).append(entry.getValue().endsWith(".") ? "" : ".");
        }
        return text.toString();
    }

    /** "k = 5", or "k = 1 (no segments)": one segment means the data show no grouping. */
    private static String kText(int k) {
        return "k = " + k + (k == 1 ? " (no segments)" : "");
    }

    private static List<String> labels(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::label).toList();
    }

    /** "a", "a and b", "a, b and c". */
    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return "KRecommendation[k=" + k + ", " + explanation + "]";
    }
}
