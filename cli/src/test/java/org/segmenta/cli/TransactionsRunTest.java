package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * {@code segment --transactions} on the small order-line fixture ({@link OrderLinesFixture}): the columns of
 * customers.csv, a customer worked out by hand, the cleaning report rule by rule, the lifetime values joined to the
 * right customers, and predictions that do not depend on the holdout check.
 */
class TransactionsRunTest {

    /** The header other tools rely on. */
    static final String HEADER = "CustomerID,recency_days,frequency,monetary,average_order_value,tenure_days,"
            + "first_purchase,last_purchase,r_score,f_score,m_score,rfm_segment,expected_purchases,p_alive,clv,"
            + "segment,segment_name";

    @TempDir
    Path dir;

    private Path run(String out, String... options) {
        Path file = OrderLinesFixture.write(dir, "orders.csv");
        List<String> args = new ArrayList<>(List.of("--transactions", file.toString()));
        args.addAll(OrderLinesFixture.columns());
        args.addAll(List.of("--snapshot-date", OrderLinesFixture.SNAPSHOT, "--k", "3", "--out", out, "--no-report",
                "--quiet"));
        args.addAll(List.of(options));
        Result result = CommandRun.segment(dir, args.toArray(String[]::new));
        assertEquals(0, result.status(), result::toString);
        assertEquals("", result.stdout() + result.stderr(), "--quiet prints nothing");
        return dir.resolve(out);
    }

    /** customers.csv as rows of fields by customer id (no field of these files holds a comma or a quote). */
    static Map<String, String[]> rows(Path out) throws IOException {
        Map<String, String[]> rows = new TreeMap<>();
        List<String> lines = Files.readAllLines(out.resolve("customers.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            rows.put(fields[0], fields);
        }
        return rows;
    }

    /** @return the index of a column of customers.csv */
    static int column(String name) {
        return List.of(HEADER.split(",")).indexOf(name);
    }

    @Test
    void customersCsvHasTheFixedColumnsAndOneRowPerCustomer() throws IOException {
        Path out = run("out");

        List<String> lines = Files.readAllLines(out.resolve("customers.csv"));
        assertEquals(HEADER, lines.get(0));
        assertEquals(1 + OrderLinesFixture.GENERATED + 1, lines.size(), "A1 and C001..C100, one row each");
        assertTrue(lines.get(1).startsWith("A1,"), "rows in the order of the ids: " + lines.get(1));
        assertTrue(Files.exists(out.resolve("profiles.csv")));
        assertTrue(Files.notExists(out.resolve("segments.csv")), "customers.csv replaces segments.csv");
    }

    @Test
    void theCustomerWrittenByHandHasTheFiguresWorkedOutByHand() throws IOException {
        String[] a1 = rows(run("out")).get("A1");

        // See OrderLinesFixture: the cancellation C100004 is dropped.
        assertEquals("304", a1[column("recency_days")]);
        assertEquals("3", a1[column("frequency")]);
        assertEquals(57.5, Double.parseDouble(a1[column("monetary")]), 1e-9);
        assertEquals(57.5 / 3, Double.parseDouble(a1[column("average_order_value")]), 1e-9);
        assertEquals("336", a1[column("tenure_days")]);
        assertEquals("2023-03-01", a1[column("first_purchase")]);
        assertEquals("2023-04-02", a1[column("last_purchase")]);
        double alive = Double.parseDouble(a1[column("p_alive")]);
        assertTrue(alive > 0 && alive < 1, "a repeat buyer may have dropped out: " + alive);
        assertTrue(a1[column("segment")].matches("[123]"), a1[column("segment")]);
    }

    @Test
    void theCleaningReportCountsEveryRule() {
        JsonNode cleaning = SummaryFile.read(run("out")).get("transactions").get("cleaning");

        // Lines: 8 written by hand (A1's five, the return, the free line, the line without customer), the generated
        // ones, and the copy of C004's first line.
        long read = 8 + OrderLinesFixture.generated().size() + 1;
        assertEquals(read, cleaning.get("linesRead").asLong());
        String[][] expected = {
            // rule, action, matching, dropped
            {"exact duplicates of another line", "keep", "1", "0"},
            {"no customer id", "drop", "1", "1"},
            {"no date or amount", "drop", "0", "0"},
            {"cancellations (order id starts with C)", "drop", "1", "1"},
            {"quantity ≤ 0 (returns, corrections)", "drop", "2", "1"},   // C100004 (−1) and the return (−2)
            {"unit price ≤ 0", "drop", "1", "1"}};
        JsonNode steps = cleaning.get("steps");
        assertEquals(expected.length, steps.size());
        long left = read;
        for (int i = 0; i < expected.length; i++) {
            JsonNode step = steps.get(i);
            left -= Long.parseLong(expected[i][3]);
            assertEquals(expected[i][0], step.get("rule").asText());
            assertEquals(expected[i][1], step.get("action").asText());
            assertEquals(Long.parseLong(expected[i][2]), step.get("linesMatching").asLong(), expected[i][0]);
            assertEquals(Long.parseLong(expected[i][3]), step.get("linesDropped").asLong(), expected[i][0]);
            assertEquals(left, step.get("linesLeft").asLong(), expected[i][0]);
        }
        assertEquals(read - 4, cleaning.get("linesKept").asLong());
        assertEquals("2024-01-31", SummaryFile.read(dir.resolve("out")).get("transactions").get("snapshotDate")
                .asText());
    }

    @Test
    void dropDuplicatesDropsTheCopy() {
        JsonNode cleaning = SummaryFile.read(run("out", "--drop-duplicates")).get("transactions").get("cleaning");

        assertEquals("drop", cleaning.get("steps").get(0).get("action").asText());
        assertEquals(1, cleaning.get("steps").get(0).get("linesDropped").asLong());
        assertEquals(8 + OrderLinesFixture.generated().size() + 1 - 5, cleaning.get("linesKept").asLong());
    }

    /**
     * Each customer's transactions (purchase days) and their spend, counted here from the fixture's text with the
     * default cleaning rules: x = days − 1, m_x = mean spend of the days after the first.
     */
    private static Map<String, double[]> repeatPurchases() {
        Map<String, TreeMap<LocalDate, Double>> days = new TreeMap<>();
        for (String line : OrderLinesFixture.text().lines().skip(1).toList()) {
            String[] f = line.split(",");
            double quantity = Double.parseDouble(f[3]);
            double price = Double.parseDouble(f[4]);
            if (f[1].isEmpty() || f[0].startsWith("C") || quantity <= 0 || price <= 0) {
                continue;
            }
            days.computeIfAbsent(f[1], id -> new TreeMap<>())
                    .merge(LocalDate.parse(f[2].substring(0, 10)), quantity * price, Double::sum);
        }
        Map<String, double[]> result = new TreeMap<>();
        days.forEach((id, spend) -> {
            List<Double> amounts = new ArrayList<>(spend.values());
            int x = amounts.size() - 1;
            double repeat = amounts.subList(1, amounts.size()).stream().mapToDouble(Double::doubleValue).sum();
            result.put(id, new double[] {x, x == 0 ? 0 : repeat / x});
        });
        return result;
    }

    @Test
    void lifetimeValueIsMarginTimesGammaGammaSpendTimesExpectedPurchasesOfTheSameCustomer() throws IOException {
        // Over one month without discounting, CLV = margin × E[M | x, m_x] × E[Y(1 month) | x, t_x, T], and the
        // expected purchases are over the same month, so clv / expected_purchases must be the Gamma-Gamma spend
        // (Fader, Hardie & Lee 2005, eq. 5): p (γ + x m_x) / (p x + q − 1), and p γ / (q − 1) for x = 0.
        Path out = run("out", "--clv-months", "1", "--discount-rate", "0", "--margin", "0.5");
        JsonNode gammaGamma = SummaryFile.read(out).get("models").get("gammaGamma");
        double p = gammaGamma.get("p").asDouble();
        double q = gammaGamma.get("q").asDouble();
        double gamma = gammaGamma.get("gamma").asDouble();
        Map<String, double[]> history = repeatPurchases();
        Map<String, String[]> rows = rows(out);
        assertEquals(history.keySet(), rows.keySet());
        int oneTimeBuyers = 0;
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            double x = history.get(row.getKey())[0];
            double meanSpend = history.get(row.getKey())[1];
            double spend = x == 0 ? p * gamma / (q - 1) : p * (gamma + x * meanSpend) / (p * x + q - 1);
            double expected = Double.parseDouble(row.getValue()[column("expected_purchases")]);
            double clv = Double.parseDouble(row.getValue()[column("clv")]);
            assertEquals(0.5 * spend * expected, clv, 1e-9 * clv, row.getKey());
            if (x == 0) {
                oneTimeBuyers++;
                assertEquals("", row.getValue()[column("p_alive")],
                        "BG/NBD gives a customer without repeat purchases P(alive) = 1, which says nothing: left empty");
            }
        }
        assertTrue(oneTimeBuyers >= 4, "the fixture has one-time buyers: " + oneTimeBuyers);
    }

    @Test
    void thePredictionsComeFromTheWholeFileWhateverTheHoldoutCheck() throws IOException {
        Path plain = run("plain");
        Path checked = run("checked", "--calibration-end", "2023-06-30");

        assertArrayEquals(Files.readAllBytes(plain.resolve("customers.csv")),
                Files.readAllBytes(checked.resolve("customers.csv")));
        JsonNode models = SummaryFile.read(checked).get("models");
        assertEquals(SummaryFile.read(plain).get("models").get("bgNbd"), models.get("bgNbd"));
        JsonNode validation = models.get("validation");
        // Counted by hand from the fixture: customers whose first purchase is by 2023-06-30, and their purchase
        // days after it.
        Map<String, TreeMap<LocalDate, Boolean>> days = new TreeMap<>();
        for (String line : OrderLinesFixture.text().lines().skip(1).toList()) {
            String[] f = line.split(",");
            if (!f[1].isEmpty() && !f[0].startsWith("C") && Double.parseDouble(f[3]) > 0
                    && Double.parseDouble(f[4]) > 0) {
                days.computeIfAbsent(f[1], id -> new TreeMap<>()).put(LocalDate.parse(f[2].substring(0, 10)), true);
            }
        }
        LocalDate end = LocalDate.of(2023, 6, 30);
        long customers = days.values().stream().filter(d -> !d.firstKey().isAfter(end)).count();
        long holdout = days.values().stream().filter(d -> !d.firstKey().isAfter(end))
                .mapToLong(d -> d.keySet().stream().filter(day -> day.isAfter(end)).count()).sum();
        assertEquals(customers, validation.get("customers").asLong());
        assertEquals(holdout, validation.get("actualHoldoutPurchases").asLong());
        assertEquals(8, validation.get("byCalibrationFrequency").size(), "groups 0..6 and 7+");
        long grouped = 0;
        for (JsonNode group : validation.get("byCalibrationFrequency")) {
            grouped += group.get("customers").asLong();
        }
        assertEquals(customers, grouped);
        assertTrue(SummaryFile.read(plain).get("models").get("validation").isNull());
    }

    @Test
    void theStudyRunsOnLogScaledRfmWithTheModelColumnsInTheirRoles() {
        JsonNode summary = SummaryFile.read(run("out"));

        JsonNode features = summary.get("features");
        assertEquals("[\"recency_days\",\"frequency\",\"monetary\"]", features.get("numeric").toString());
        assertEquals(features.get("numeric"), features.get("log1p"));
        assertEquals("CustomerID", features.get("idColumn").asText());
        assertEquals("standard", summary.get("scaling").asText());
        assertEquals("{\"spending\":\"monetary\",\"recency\":\"recency_days\",\"frequency\":\"frequency\","
                + "\"tenure\":\"tenure_days\",\"clv\":\"clv\",\"p_alive\":\"p_alive\","
                + "\"expected_purchases\":\"expected_purchases\"}", summary.get("roles").toString());
        List<String> profiled = new ArrayList<>();
        summary.get("segments").get(0).get("profile").get("numeric").forEach(c -> profiled.add(c.get("column")
                .asText()));
        assertTrue(profiled.containsAll(List.of("tenure_days", "clv", "p_alive", "expected_purchases")),
                profiled::toString);
        assertEquals(List.of("customers.csv", "summary.json", "profiles.csv"),
                Stream.of(summary.get("outputs")).flatMap(o -> { List<String> l = new ArrayList<>();
                    o.forEach(n -> l.add(n.asText())); return l.stream(); }).toList());
    }

    @Test
    void givenFeaturesAreNotLogScaledUnlessAsked() {
        JsonNode features = SummaryFile.read(run("out", "--features", "monetary,tenure_days")).get("features");

        assertEquals("[\"monetary\",\"tenure_days\"]", features.get("numeric").toString());
        assertEquals("[]", features.get("log1p").toString());
    }
}
