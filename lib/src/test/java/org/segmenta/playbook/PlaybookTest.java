package org.segmenta.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.naming.Level;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.testing.ShopCustomers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Levels of the hand-made shop customers are worked out in {@link ShopCustomers}. */
class PlaybookTest {

    private static final Roles ROLES = Roles.none()
            .with(Role.INCOME, "income")
            .with(Role.SPENDING, "spending")
            .with(Role.RECENCY, "recency")
            .with(Role.DEAL_USAGE, "deals")
            .with(Role.FREQUENCY, "purchases")
            .with(Role.CAMPAIGN_RESPONSE, "accepted");

    private static List<String> rulesFired(Recommendations advice, int segment) {
        return advice.forSegment(segment).stream().map(Recommendation::rule).toList();
    }

    @Test
    void highIncomeLowSpendingGetsShareOfWalletOffersAndLongAbsenceAWinBack() {
        Recommendations advice = Playbook.standard().advise(ShopCustomers.profiles(), ROLES);

        assertEquals(List.of("Win share of wallet", "Win back"), rulesFired(advice, 0));
    }

    @Test
    void lowIncomeHighSpendingGetsDealsAndCampaignPriority() {
        Recommendations advice = Playbook.standard().advise(ShopCustomers.profiles(), ROLES);

        assertEquals(List.of("Make spending easy", "Next campaign first", "Lead with deals"), rulesFired(advice, 1));
    }

    @Test
    void theMiddleIsNurtured() {
        Recommendations advice = Playbook.standard().advise(ShopCustomers.profiles(), ROLES);

        assertEquals(List.of("Nurture the middle"), rulesFired(advice, 2));
    }

    @Test
    void reasonsShowTheSegmentsEvidence() {
        Recommendation top = Playbook.standard().advise(ShopCustomers.profiles(), ROLES).top(0).orElseThrow();

        assertEquals("Premium loyalty and VIP offers to win a larger share of wallet", top.action());
        assertEquals("High income but low spending (income 95.0 vs 53.0 overall; spending 12.0 vs 49.7 overall): "
                + "they can afford more than they spend with us.", top.reason());
    }

    @Test
    void everyCellOfTheIncomeBySpendingGridHasAStandardRule() {
        List<Level> levels = List.of(Level.LOW, Level.MID, Level.HIGH);
        for (Level income : levels) {
            for (Level spending : levels) {
                List<Condition> cell = List.of(Condition.role(Role.INCOME, income),
                        Condition.role(Role.SPENDING, spending));
                assertTrue(Playbook.standard().rules().stream().anyMatch(rule -> rule.conditions().equals(cell)),
                        "no rule for income " + income + " and spending " + spending);
            }
        }
    }

    @Test
    void rulesOnUnmappedRolesStaySilent() {
        Roles incomeOnly = Roles.none().with(Role.INCOME, "income");

        Recommendations advice = Playbook.standard().advise(ShopCustomers.profiles(), incomeOnly);

        for (int s = 0; s < 3; s++) {
            assertEquals(List.of(), advice.forSegment(s), "segment " + (s + 1));
            assertTrue(advice.top(s).isEmpty());
        }
    }

    @Test
    void userRulesOnColumnsAreAddedLastAndFillColumnPlaceholders() {
        PlaybookRule quiet = new PlaybookRule("Quiet", List.of(Condition.column("recency", Level.LOW)),
                "Thank them", "Bought very recently ({recency}).");

        Recommendations advice = Playbook.standard().with(quiet).advise(ShopCustomers.profiles(), Roles.none());

        assertEquals(List.of("Quiet"), rulesFired(advice, 1));
        assertEquals("Bought very recently (recency 6.0 vs 49.0 overall).", advice.top(1).orElseThrow().reason());
        assertEquals(List.of(), rulesFired(advice, 0));
    }

    @Test
    void aRuleWithoutConditionsFiresForEverySegment() {
        PlaybookRule always = new PlaybookRule("Newsletter", List.of(), "Monthly newsletter", "Everyone gets it.");

        Recommendations advice = Playbook.of(always).advise(ShopCustomers.profiles(), ROLES);

        for (int s = 0; s < 3; s++) {
            assertEquals(List.of("Newsletter"), rulesFired(advice, s));
        }
    }

    @Test
    void rulesCanBeRemovedByName() {
        Recommendations advice = Playbook.standard().without("Win share of wallet")
                .advise(ShopCustomers.profiles(), ROLES);

        assertEquals(List.of("Win back"), rulesFired(advice, 0));
        assertThrows(IllegalArgumentException.class, () -> Playbook.standard().without("No such rule"));
    }

    @Test
    void refusesARoleWhoseColumnWasNotProfiled() {
        SegmentProfiles incomeProfiles = SegmentProfiles.of(ShopCustomers.table(), ShopCustomers.segmentation(),
                "income");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Playbook.standard().advise(incomeProfiles, ROLES));

        assertTrue(error.getMessage().contains("'spending'") && error.getMessage().contains("SegmentProfiles.of"),
                error.getMessage());
    }

    @Test
    void refusesAnUnknownPlaceholderAndNamesTheRule() {
        PlaybookRule typo = new PlaybookRule("Typo", List.of(), "Act", "Because of {incme}.");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Playbook.of(typo).advise(ShopCustomers.profiles(), ROLES));

        assertTrue(error.getMessage().contains("'Typo'") && error.getMessage().contains("{incme}"),
                error.getMessage());
    }

    @Test
    void refusesTwoRulesWithTheSameNameAndRulesWithoutAnAction() {
        PlaybookRule rule = new PlaybookRule("Same", List.of(), "Act", "Why.");

        assertThrows(IllegalArgumentException.class, () -> Playbook.of(rule, rule));
        assertThrows(IllegalArgumentException.class, () -> new PlaybookRule("Empty", List.of(), " ", "Why."));
    }

    /**
     * The standard playbook's advice for the shop's customers with lifetime values 100, 200, 300, 10, 20, 30, 50, 60,
     * 70 (segment means 200 / 20 / 60) and these P(alive), with the roles spending, clv and p_alive.
     */
    private static Recommendations adviceWithLifetimeValues(double... pAlive) {
        Table table = ShopCustomers.table();
        table.addColumns(DoubleColumn.create("clv", 100, 200, 300, 10, 20, 30, 50, 60, 70),
                DoubleColumn.create("p_alive", pAlive));
        SegmentProfiles profiles = SegmentProfiles.of(table, ShopCustomers.segmentation(),
                List.of("spending", "clv", "p_alive"), List.of());
        Roles roles = Roles.none().with(Role.SPENDING, "spending").with(Role.CLV, "clv").with(Role.P_ALIVE, "p_alive");
        return Playbook.standard().advise(profiles, roles);
    }

    @Test
    void lifetimeModelRolesProtectTheValuableAndRescueBigSpendersAtRisk() {
        // P(alive) 0.8 / 0.37 / 0.45 against tertiles 0.433 and 0.633: High / Low / Mid; lifetime value
        // 200 / 20 / 60 against 43.3 and 80: High / Low / Mid; spending Low / High / Mid (see ShopCustomers).
        Recommendations advice = adviceWithLifetimeValues(0.9, 0.8, 0.7, 0.2, 0.3, 0.6, 0.5, 0.4, 0.45);

        assertEquals(List.of("Protect the most valuable"), rulesFired(advice, 0));
        assertEquals(List.of("Rescue big spenders at risk"), rulesFired(advice, 1));
        assertEquals(List.of(), rulesFired(advice, 2));
        assertEquals("They spent much (spending 85.0 vs 49.7 overall) but are probably lapsing (p_alive 0.37 vs "
                + "0.54 overall).", advice.top(1).orElseThrow().reason());
    }

    @Test
    void pAliveLevelsAreAbsoluteSoAlmostEveryoneAliveIsNeverCalledLapsing() {
        // Every P(alive) between 0.97 and 0.999: the lowest third is still very likely active, so neither churn rule
        // may fire (with tertiles, segment 2 at 0.973 would be Low and "probably lapsing"). Means 0.998 / 0.973 /
        // 0.986 are all above 0.75: High.
        Recommendations advice = adviceWithLifetimeValues(0.999, 0.998, 0.997, 0.97, 0.975, 0.974, 0.99, 0.985, 0.983);

        assertEquals(List.of("Protect the most valuable"), rulesFired(advice, 0));
        assertEquals(List.of(), rulesFired(advice, 1));
        assertEquals(List.of("Grow the active"), rulesFired(advice, 2));
    }

    @Test
    void ruleTableListsEveryRuleWithItsConditionsInWords() {
        Table table = Playbook.standard().table();

        assertEquals(Playbook.standard().rules().size(), table.rowCount());
        assertEquals("income is High and spending is Low", table.stringColumn("When").get(1));
        assertEquals("deal usage is High", table.stringColumn("When").get(15));
    }

    @Test
    void recommendationTableHasOneRowPerRecommendation() {
        Table table = Playbook.standard().advise(ShopCustomers.profiles(), ROLES).table();

        assertEquals(2 + 3 + 1, table.rowCount());
        assertEquals("1 · Segment 1", table.stringColumn("Segment").get(0));
    }
}
