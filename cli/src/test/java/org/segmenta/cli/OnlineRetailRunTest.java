package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The README's example on Online Retail, through the command: customers as pandas counts them, RFM segments as in the
 * lib's pandas-checked test, and the lifetime models and predictions as an independent SciPy fit gives them.
 *
 * <p>Customers (pandas 1.5.3, as in the lib's {@code OnlineRetailTest}): after cleaning 397,884 lines, 4,338 customers,
 * 18,532 orders; 12346: recency 326, frequency 1, monetary 77183.60, tenure 326; 12347: 3, 7, 4310.00, 368; 12748: 1,
 * 209, 33719.73, 374. RFM segment counts: the lib's {@code OnlineRetailRfmTest} (pandas).
 *
 * <p>Models: Debian's python3 (SciPy 1.10.1, pandas 1.5.3) with the likelihoods and optimiser of
 * {@code bench/python/btyd_reference.py}, on the whole file (one transaction per customer and day, weeks, end of the
 * calibration period = the last purchase day 2011-12-09):
 * <pre>
 * import sys; sys.path.insert(0, "bench/python")
 * import numpy as np, pandas as pd
 * from scipy.special import hyp2f1
 * from btyd_reference import bgnbd_ll, gg_ll, fit
 * df = pd.read_csv("data/online_retail.csv.gz", dtype={"InvoiceNo": str, "CustomerID": str})
 * df = df[df.CustomerID.notna()]; df = df[~df.InvoiceNo.str.startswith("C")]
 * df = df[(df.Quantity &gt; 0) &amp; (df.UnitPrice &gt; 0)]
 * df["date"] = pd.to_datetime(df.InvoiceDate).dt.normalize(); df["amount"] = df.Quantity * df.UnitPrice
 * days = df.groupby(["CustomerID", "date"], as_index=False)["amount"].sum(); END = days.date.max()
 * first = days.groupby("CustomerID")["date"].min(); last = days.groupby("CustomerID")["date"].max()
 * n = days.groupby("CustomerID").size()
 * s = pd.DataFrame({"x": n - 1, "t_x": (last - first).dt.days / 7.0, "T": (END - first).dt.days / 7.0})
 * days = days.merge(first.rename("first"), left_on="CustomerID", right_index=True)
 * s["m_x"] = days[days.date &gt; days["first"]].groupby("CustomerID")["amount"].mean()
 * x, tx, T = s.x.to_numpy(float), s.t_x.to_numpy(), s["T"].to_numpy()
 * (r, al, a, b), ll = fit(bgnbd_ll, [1.0, 1.0, 1.0, 1.0], x, tx, T)
 *     # 0.8265419003700749 9.843588851848729 0.003437362741755002 6.745141684167311 LL -37645.537648151454
 * rb = s[(s.x &gt; 0) &amp; (s.m_x &gt; 0)]
 * (pp, q, gm), gll = fit(gg_ll, [1.0, 1.0, 1.0], rb.x.to_numpy(float), rb.m_x.to_numpy())
 *     # 2.103382136248006 3.4511786063214926 485.88848537875765 LL -19083.330649777075 on 2790
 * # cond(t, x, t_x, T): FHL 2005 eq. 10 with hyp2f1; palive: 1 / (1 + (x &gt; 0) a/(b+x-1) ((al+T)/(al+t_x))^(r+x));
 * # spend: pp gm/(q-1) for x = 0, else pp (gm + x m_x)/(pp x + q - 1); clv: sum over 12 months i of
 * # spend × (cond(4.345 i) - cond(4.345 (i-1))) / 1.01^i            (see the test's comments for the values)
 *     # 12346 expected 0.7655487556365889 p_alive 1.0                clv 299.38023209204533
 *     # 12347 expected 5.709754612424735  p_alive 0.9996980952766917 clv 3052.4563641229315
 *     # 12748 expected 93.08107250969447  p_alive 0.9999708076074499 clv 26385.070176854562
 * </pre>
 * The BG/NBD likelihood is flat along b here (a is tiny): the two optimisers agree on the log-likelihood to 1e-9 and
 * on b to 4e-6, so parameters are compared to 1e-5 relative and predictions to 1e-7.
 */
class OnlineRetailRunTest {

    private static final Path RETAIL = Path.of("../data/online_retail.csv.gz").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void segment() {
        Result result = CommandRun.segment(dir, "--transactions", RETAIL.toString(), "--customer-id", "CustomerID",
                "--date", "InvoiceDate", "--quantity", "Quantity", "--price", "UnitPrice", "--order-id", "InvoiceNo",
                "--k", "4", "--out", "retail", "--no-report", "--quiet");
        assertEquals(0, result.status(), result::toString);
        out = dir.resolve("retail");
    }

    private static Map<String, String[]> rows() throws IOException {
        return TransactionsRunTest.rows(out);
    }

    private static int column(String name) {
        return TransactionsRunTest.column(name);
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, what);
    }

    @Test
    void customersCsvHasOneRowPerCustomerWithTheFixedColumns() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("customers.csv"));

        assertEquals(TransactionsRunTest.HEADER, lines.get(0));
        assertEquals(4338 + 1, lines.size());
    }

    @Test
    void customersAreCountedAsPandasCountsThem() throws IOException {
        Map<String, String[]> rows = rows();
        String[][] expected = {{"12346", "326", "1", "77183.6", "326"}, {"12347", "3", "7", "4310.0", "368"},
            {"12748", "1", "209", "33719.73", "374"}};
        for (String[] customer : expected) {
            String[] row = rows.get(customer[0]);
            assertEquals(customer[1], row[column("recency_days")], customer[0]);
            assertEquals(customer[2], row[column("frequency")], customer[0]);
            assertRelative(Double.parseDouble(customer[3]), Double.parseDouble(row[column("monetary")]), 1e-12,
                    customer[0]);
            assertEquals(customer[4], row[column("tenure_days")], customer[0]);
        }
    }

    @Test
    void theCleaningReportAndRfmSegmentsMatchPandas() {
        JsonNode summary = SummaryFile.read(out);
        JsonNode cleaning = summary.get("transactions").get("cleaning");

        assertEquals(541_909, cleaning.get("linesRead").asLong());
        assertEquals(135_080, cleaning.get("steps").get(1).get("linesDropped").asLong(), "no customer id");
        assertEquals(8_905, cleaning.get("steps").get(3).get("linesDropped").asLong(), "cancellations");
        assertEquals(40, cleaning.get("steps").get(5).get("linesDropped").asLong(), "unit price ≤ 0");
        assertEquals(397_884, cleaning.get("linesKept").asLong());
        assertEquals(18_532, cleaning.get("orders").asLong());
        assertEquals(4_338, summary.get("transactions").get("customers").asInt());
        assertEquals("yyyy-MM-dd HH:mm:ss", summary.get("transactions").get("dateFormat").asText());
        assertEquals("2011-12-10", summary.get("transactions").get("snapshotDate").asText());
        assertEquals("{\"Champions\":861,\"Loyal\":676,\"Potential Loyalists\":563,\"New / Recent\":35,"
                + "\"Promising\":213,\"Need Attention\":736,\"About to Sleep\":148,\"At Risk\":367,"
                + "\"Can't Lose Them\":54,\"Hibernating\":351,\"Lost\":334}",
                summary.get("rfm").get("segmentCounts").toString());
    }

    @Test
    void theModelsAreTheSciPyFits() {
        JsonNode models = SummaryFile.read(out).get("models");
        JsonNode bgNbd = models.get("bgNbd");
        JsonNode gammaGamma = models.get("gammaGamma");

        assertRelative(0.8265419003700749, bgNbd.get("r").asDouble(), 1e-5, "r");
        assertRelative(9.843588851848729, bgNbd.get("alpha").asDouble(), 1e-5, "alpha");
        assertRelative(0.003437362741755002, bgNbd.get("a").asDouble(), 1e-5, "a");
        assertRelative(6.745141684167311, bgNbd.get("b").asDouble(), 1e-5, "b");
        assertRelative(-37645.537648151454, bgNbd.get("logLikelihood").asDouble(), 1e-9, "BG/NBD LL");
        assertEquals(4338, bgNbd.get("customers").asInt());
        assertRelative(2.103382136248006, gammaGamma.get("p").asDouble(), 1e-5, "p");
        assertRelative(3.4511786063214926, gammaGamma.get("q").asDouble(), 1e-5, "q");
        assertRelative(485.88848537875765, gammaGamma.get("gamma").asDouble(), 1e-5, "gamma");
        assertRelative(-19083.330649777075, gammaGamma.get("logLikelihood").asDouble(), 1e-9, "Gamma-Gamma LL");
        assertEquals(2790, gammaGamma.get("customers").asInt());
        assertEquals(12, models.get("clv").get("months").asInt());
        assertEquals(0.01, models.get("clv").get("monthlyDiscountRate").asDouble());
        assertEquals(1.0, models.get("clv").get("margin").asDouble());
    }

    @Test
    void thePredictionsAreTheSciPyModelsOnTheSameCustomer() throws IOException {
        Map<String, String[]> rows = rows();
        double[][] expected = {
            // expected purchases (12 months = 52.14 weeks), P(alive), CLV (12 months, 1% a month, margin 1)
            {12346, 0.7655487556365889, 1.0, 299.38023209204533},
            {12347, 5.709754612424735, 0.9996980952766917, 3052.4563641229315},
            {12748, 93.08107250969447, 0.9999708076074499, 26385.070176854562}};
        for (double[] customer : expected) {
            String id = Long.toString((long) customer[0]);
            String[] row = rows.get(id);
            assertRelative(customer[1], Double.parseDouble(row[column("expected_purchases")]), 1e-7, id);
            if (customer[0] == 12346) {
                // One order: the model's P(alive) is 1 by construction, and customers.csv leaves it empty.
                assertEquals("", row[column("p_alive")], id);
            } else {
                assertRelative(customer[2], Double.parseDouble(row[column("p_alive")]), 1e-7, id);
            }
            assertRelative(customer[3], Double.parseDouble(row[column("clv")]), 1e-7, id);
        }
    }
}
