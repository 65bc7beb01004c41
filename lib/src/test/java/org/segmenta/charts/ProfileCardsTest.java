package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.segmenta.naming.SegmentNames;
import org.segmenta.playbook.KeyMetrics;
import org.segmenta.playbook.Playbook;
import org.segmenta.playbook.Role;
import org.segmenta.playbook.Roles;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.playbook.SegmentPortraits;
import org.segmenta.testing.ShopCustomers;

/** The shop customers' profiles, levels and rules are worked out in {@link ShopCustomers}. */
class ProfileCardsTest {

    private static final Roles ROLES = Roles.none().with(Role.INCOME, "income").with(Role.SPENDING, "spending")
            .with(Role.RECENCY, "recency");
    private static final SegmentNames NAMES = SegmentNames.of(List.of("Rich <b>&</b> \"thrifty\"", "Keen", "Middle"));

    private static String cards() {
        SegmentProfiles profiles = ShopCustomers.profiles();
        return ProfileCards.of(profiles, NAMES)
                .withMetrics(KeyMetrics.of(ShopCustomers.table(), ShopCustomers.segmentation(), ROLES))
                .withRecommendations(Playbook.standard().advise(profiles, ROLES))
                .html();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void namesAndOtherTextsAreHtmlEscaped() {
        String html = cards();

        assertTrue(html.contains("1 · Rich &lt;b&gt;&amp;&lt;/b&gt; &quot;thrifty&quot;"), html);
        assertFalse(html.contains("<b>&</b>"), "the raw name leaked into the HTML");
    }

    @Test
    void thereIsOneCardPerSegmentInItsPaletteColour() {
        String html = cards();

        assertEquals(3, count(html, "class=\"segmenta-card\""));
        assertTrue(html.contains("border-top:6px solid #0072B2"), "Segment 1 is not blue");
        assertTrue(html.contains("border-top:6px solid #E69F00"), "Segment 2 is not orange");
        assertTrue(html.contains("border-top:6px solid #009E73"), "Segment 3 is not green");
    }

    @Test
    void aCardShowsSizeHighlightsMetricsAndTheTopActionWithItsReason() {
        String html = cards();

        assertTrue(html.contains("3 customers · 33.3 % of all"), html);
        assertTrue(html.contains("<li>recency much higher than average"), html);
        assertTrue(html.contains("Spend per customer"), html);
        assertTrue(html.contains("Premium loyalty and VIP offers to win a larger share of wallet"), html);
        assertTrue(html.contains("High income but low spending (income 95.0 vs 53.0 overall"), html);
    }

    @Test
    void highlightsAreLimitedToTheChosenCount() {
        SegmentProfiles profiles = ShopCustomers.profiles();

        String html = ProfileCards.of(profiles, NAMES).withHighlights(3).html();

        assertEquals(3 * 3, count(html, "<li>"), "every shop segment has at least three notable distinctions");
        assertThrows(IllegalArgumentException.class, () -> ProfileCards.of(profiles, NAMES).withHighlights(6));
    }

    @Test
    void aSegmentWithoutAnyRuleSaysSo() {
        SegmentProfiles profiles = ShopCustomers.profiles();

        String html = ProfileCards.of(profiles, NAMES)
                .withRecommendations(Playbook.standard().advise(profiles, Roles.none())).html();

        assertEquals(3, count(html, "No playbook rule fired"));
    }

    @Test
    void theFragmentUsesNoExternalResources() {
        String html = cards().toLowerCase();

        for (String external : List.of("http:", "https:", "src=", "<script", "<link", "url(", "@import")) {
            assertFalse(html.contains(external), "found " + external);
        }
    }

    @Test
    void refusesNamesForAnotherNumberOfSegments() {
        assertThrows(IllegalArgumentException.class,
                () -> ProfileCards.of(ShopCustomers.profiles(), SegmentNames.generic(2)));
    }

    @Test
    void portraitsAndAverageFiguresAppearOnTheirCards() {
        SegmentProfiles profiles = ShopCustomers.profiles();
        SegmentPortraits portraits = SegmentPortraits.of(profiles, ROLES);

        String html = ProfileCards.of(profiles, NAMES).withPortraits(portraits).withFigures("income").html();

        // ShopCustomers: segment 1's income is 90, 95, 100 (mean 95); the overall mean is 477 / 9 = 53
        String firstCard = html.split("<div class=\"segmenta-card\" ")[1];
        assertTrue(firstCard.contains(portraits.portrait(0)), firstCard);
        assertTrue(firstCard.contains("<b>95.0</b>") && firstCard.contains("overall 53.0"), firstCard);
    }

    @Test
    void aFigureThatWasNotProfiledIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ProfileCards.of(ShopCustomers.profiles(), NAMES).withFigures("region"));
    }
}
