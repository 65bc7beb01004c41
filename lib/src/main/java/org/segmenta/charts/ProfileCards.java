package org.segmenta.charts;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.segmenta.naming.SegmentNames;
import org.segmenta.playbook.KeyMetric;
import org.segmenta.playbook.KeyMetrics;
import org.segmenta.playbook.SegmentPortraits;
import org.segmenta.playbook.Recommendation;
import org.segmenta.playbook.Recommendations;
import org.segmenta.profiling.Distinction;
import org.segmenta.profiling.NumericFeatureProfile;
import org.segmenta.profiling.ReadableNumbers;
import org.segmenta.profiling.SegmentProfile;
import org.segmenta.profiling.SegmentProfiles;

/**
 * Profile cards: an HTML fragment with one card per segment — its name, size and share, the 3–5 things that set it
 * apart most (notable ranked distinctions, see {@link SegmentProfile#highlights(int)}), its key metrics next to the
 * overall value, and its top playbook action with the reason. Show it in a notebook with {@code Show.html(...)}.
 *
 * <p>The fragment is self-contained: inline CSS only, no scripts, fonts, images or other external resources. Every
 * text taken from the data (names, column names, values, actions, reasons) is HTML-escaped. Each card's top border
 * has the segment's {@link Palette} colour, matching the charts. Immutable: the {@code with…} methods return copies.
 *
 * <pre>{@code
 * String html = ProfileCards.of(profiles, names).withMetrics(metrics).withRecommendations(advice).html();
 * Show.html(html);
 * }</pre>
 */
public final class ProfileCards {

    /** Default number of highlights per card. */
    public static final int DEFAULT_HIGHLIGHTS = 4;

    private final SegmentProfiles profiles;
    private final SegmentNames names;
    private final KeyMetrics metrics;
    private final Recommendations recommendations;
    private final int highlights;
    private final SegmentPortraits portraits;
    private final List<String> figures;

    private ProfileCards(SegmentProfiles profiles, SegmentNames names, KeyMetrics metrics,
            Recommendations recommendations, int highlights, SegmentPortraits portraits, List<String> figures) {
        this.profiles = profiles;
        this.names = names;
        this.metrics = metrics;
        this.recommendations = recommendations;
        this.highlights = highlights;
        this.portraits = portraits;
        this.figures = List.copyOf(figures);
    }

    /**
     * @return cards for {@code profiles} with these names, {@value #DEFAULT_HIGHLIGHTS} highlights each, no metrics or
     *     actions yet
     * @throws IllegalArgumentException if the names do not fit the segments
     */
    public static ProfileCards of(SegmentProfiles profiles, SegmentNames names) {
        checkK("names", names.k(), profiles.k());
        return new ProfileCards(profiles, names, null, null, DEFAULT_HIGHLIGHTS, null, List.of());
    }

    /** @return a copy that shows these key metrics on each card */
    public ProfileCards withMetrics(KeyMetrics metrics) {
        checkK("key metrics", metrics.k(), profiles.k());
        return new ProfileCards(profiles, names, metrics, recommendations, highlights, portraits, figures);
    }

    /** @return a copy that shows each segment's top recommended action and its reason */
    public ProfileCards withRecommendations(Recommendations recommendations) {
        checkK("recommendations", recommendations.k(), profiles.k());
        return new ProfileCards(profiles, names, metrics, recommendations, highlights, portraits, figures);
    }

    /**
     * @return a copy showing up to {@code count} highlights per card
     * @throws IllegalArgumentException unless {@code count} is 3 to 5
     */
    public ProfileCards withHighlights(int count) {
        if (count < 3 || count > 5) {
            throw new IllegalArgumentException("a card shows 3 to 5 highlights, got " + count);
        }
        return new ProfileCards(profiles, names, metrics, recommendations, count, portraits, figures);
    }

    /** @return a copy that shows each segment's one-line portrait under its name */
    public ProfileCards withPortraits(SegmentPortraits portraits) {
        checkK("portraits", portraits.k(), profiles.k());
        return new ProfileCards(profiles, names, metrics, recommendations, highlights, portraits, figures);
    }

    /**
     * @param columns profiled numeric columns whose segment average is shown next to the overall average (e.g. age,
     *     income, deal purchases, household size, spend on wines and meat)
     * @return a copy that shows these "average figures" on each card
     * @throws IllegalArgumentException if a column was not profiled as numeric
     */
    public ProfileCards withFigures(String... columns) {
        for (String column : columns) {
            if (!profiles.numericColumns().contains(column)) {
                throw new IllegalArgumentException("'" + column + "' is not a profiled numeric column; profiled: "
                        + profiles.numericColumns());
            }
        }
        return new ProfileCards(profiles, names, metrics, recommendations, highlights, portraits, List.of(columns));
    }

    private static void checkK(String what, int given, int k) {
        if (given != k) {
            throw new IllegalArgumentException("the " + what + " are for " + given + " segments but the profiles "
                    + "have " + k + "; use results of the same segmentation.");
        }
    }

    /** @return the cards as one HTML fragment: a wrapping row of {@code div.segmenta-card} elements */
    public String html() {
        StringBuilder html = new StringBuilder("<div class=\"segmenta-cards\" style=\"display:flex;flex-wrap:wrap;"
                + "gap:12px;font-family:sans-serif;font-size:13px;color:#222222;line-height:1.35\">");
        for (SegmentProfile profile : profiles.profiles()) {
            card(html, profile);
        }
        return html.append("</div>").toString();
    }

    private void card(StringBuilder html, SegmentProfile profile) {
        int s = profile.segment();
        html.append("<div class=\"segmenta-card\" style=\"box-sizing:border-box;width:300px;padding:10px 14px;"
                + "border:1px solid #dddddd;border-top:6px solid ").append(hex(Palette.segmentColor(s)))
                .append(";border-radius:6px;background:#ffffff\">");
        html.append("<div style=\"font-weight:bold;font-size:15px\">").append(escape(names.numbered(s)))
                .append("</div>");
        if (portraits != null) {
            html.append("<div style=\"font-style:italic;margin-top:2px\">").append(escape(portraits.portrait(s)))
                    .append("</div>");
        }
        html.append("<div style=\"color:#555555;margin-bottom:6px\">").append(profile.size()).append(" customers · ")
                .append(escape(ReadableNumbers.percent(profile.share(), 1))).append(" of all</div>");
        if (!figures.isEmpty()) {
            html.append(section("Average figures"));
            html.append("<table style=\"border-collapse:collapse;margin-bottom:6px;font-size:inherit;color:inherit\">");
            for (String column : figures) {
                NumericFeatureProfile figure = profile.numeric(column);
                html.append("<tr><td style=\"padding:0 8px 0 0\">").append(escape(column))
                        .append("</td><td style=\"text-align:right;padding:0 8px 0 0\"><b>")
                        .append(escape(ReadableNumbers.value(figure.mean())))
                        .append("</b></td><td style=\"color:#555555\">overall ")
                        .append(escape(ReadableNumbers.value(figure.populationMean()))).append("</td></tr>");
            }
            html.append("</table>");
        }
        List<Distinction> shown = profile.highlights(highlights);
        html.append(section("What sets it apart"));
        if (shown.isEmpty()) {
            html.append("<div>Close to the average customer on every profiled feature.</div>");
        } else {
            html.append("<ul style=\"margin:2px 0 6px 18px;padding:0\">");
            shown.forEach(d -> html.append("<li>").append(escape(d.phrase())).append("</li>"));
            html.append("</ul>");
        }
        if (metrics != null && !metrics.available().isEmpty()) {
            html.append(section("Key metrics"));
            html.append("<table style=\"border-collapse:collapse;margin-bottom:6px;font-size:inherit;color:inherit\">");
            for (KeyMetric metric : metrics.available()) {
                html.append("<tr><td style=\"padding:0 8px 0 0\">").append(escape(metric.label()))
                        .append("</td><td style=\"text-align:right;padding:0 8px 0 0\"><b>")
                        .append(escape(metric.format(metrics.value(s, metric))))
                        .append("</b></td><td style=\"color:#555555\">overall ")
                        .append(escape(metric.format(metrics.overall(metric)))).append("</td></tr>");
            }
            html.append("</table>");
        }
        if (recommendations != null) {
            html.append(section("Top action"));
            Optional<Recommendation> top = recommendations.top(s);
            if (top.isPresent()) {
                html.append("<div><b>").append(escape(top.get().action())).append("</b></div>")
                        .append("<div style=\"color:#555555\">").append(escape(top.get().reason())).append("</div>");
            } else {
                html.append("<div style=\"color:#555555\">No playbook rule fired for this segment.</div>");
            }
        }
        html.append("</div>");
    }

    private static String section(String title) {
        return "<div style=\"font-weight:bold;margin-top:6px\">" + title + "</div>";
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    /** Escapes the five characters with a meaning in HTML text and attributes. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
