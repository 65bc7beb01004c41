package org.segmenta.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * RFM scores and standard segments of the UCI Online Retail customers, checked against pandas.
 *
 * <p>The fixture {@code online_retail_rfm.csv} (4,338 customers: CustomerID, recency_days, frequency, monetary) and
 * every expected number below come from this script, run with Debian's pandas 1.5.3 / numpy 1.24.2 from the project
 * root:
 * <pre>
 * import numpy as np, pandas as pd
 * lines = pd.read_csv("data/online_retail.csv.gz", dtype={"InvoiceNo": str, "CustomerID": "Int64"},
 *                     parse_dates=["InvoiceDate"])
 * lines = lines[lines.CustomerID.notna()]
 * lines = lines[~lines.InvoiceNo.str.startswith("C")]
 * lines = lines[(lines.Quantity &gt; 0) &amp; (lines.UnitPrice &gt; 0)]
 * lines["amount"] = lines.Quantity * lines.UnitPrice
 * snapshot = lines.InvoiceDate.max().normalize() + pd.Timedelta(days=1)          # 2011-12-10
 * g = lines.groupby("CustomerID")
 * rfm = pd.DataFrame({
 *     "recency_days": (snapshot - g.InvoiceDate.max().dt.normalize()).dt.days,
 *     "frequency": g.InvoiceNo.nunique(),
 *     "monetary": g.amount.sum().round(2)})                                       # to the penny
 * def score(x):
 *     return (1 + np.floor(5 * (x.rank(method="min") - 1) / len(x))).astype(int)
 * rfm["r_score"] = score(-rfm.recency_days)
 * rfm["f_score"] = score(rfm.frequency)
 * rfm["m_score"] = score(rfm.monetary)
 * rfm["fm_score"] = np.floor((rfm.f_score + rfm.m_score) / 2 + 0.5).astype(int)
 * grid = {"Champions": ["55", "54", "45"], "Loyal": ["53", "44", "35", "34"],
 *         "Potential Loyalists": ["52", "42", "43", "33"], "New / Recent": ["51"], "Promising": ["41", "31"],
 *         "Need Attention": ["32", "23", "22"], "About to Sleep": ["21"], "At Risk": ["25", "24", "13"],
 *         "Can't Lose Them": ["15", "14"], "Hibernating": ["12"], "Lost": ["11"]}          # cells "R FM"
 * cell_to_segment = {c: s for s, cells in grid.items() for c in cells}
 * rfm["segment"] = (rfm.r_score.astype(str) + rfm.fm_score.astype(str)).map(cell_to_segment)
 * for col in ["r_score", "f_score", "m_score", "fm_score"]:
 *     print(col, rfm[col].value_counts().sort_index().to_dict())
 * print(rfm.segment.value_counts().reindex(list(grid)).to_dict())
 * print(rfm.loc[[12346, 12347, 12349, 12350, 12352, 12353, 12363, 12367, 12383, 12445, 12548, 17850]])
 * print(rfm.groupby("segment")[["recency_days", "frequency", "monetary"]].mean().reindex(list(grid)))
 * rfm[["recency_days", "frequency", "monetary"]].to_csv("online_retail_rfm.csv")
 * </pre>
 * The Java side reads only the fixture's four columns and scores and segments them itself.
 */
class OnlineRetailRfmTest {

    private static Table customers() throws IOException {
        IntColumn ids = IntColumn.create("CustomerID");
        IntColumn recency = IntColumn.create(RfmScores.RECENCY);
        IntColumn frequency = IntColumn.create(RfmScores.FREQUENCY);
        DoubleColumn monetary = DoubleColumn.create(RfmScores.MONETARY);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                OnlineRetailRfmTest.class.getResourceAsStream("online_retail_rfm.csv")), StandardCharsets.UTF_8))) {
            assertEquals("CustomerID,recency_days,frequency,monetary", reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                ids.append(Integer.parseInt(fields[0]));
                recency.append(Integer.parseInt(fields[1]));
                frequency.append(Integer.parseInt(fields[2]));
                monetary.append(Double.parseDouble(fields[3]));
            }
        }
        return Table.create("online retail customers", ids, recency, frequency, monetary);
    }

    private static Table segmented() throws IOException {
        return RfmSegmentMap.standard().apply(RfmScores.score(customers()));
    }

    private static Map<Integer, Integer> countsOf(Table table, String column) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int score = 1; score <= 5; score++) {
            counts.put(score, 0);
        }
        table.intColumn(column).forEach(score -> counts.merge(score, 1, Integer::sum));
        return counts;
    }

    @Test
    void scoreCountsMatchPandas() throws IOException {
        Table scored = segmented();

        assertEquals(4338, scored.rowCount());
        assertEquals(Map.of(1, 869, 2, 889, 3, 866, 4, 888, 5, 826), countsOf(scored, RfmScores.R_SCORE));
        assertEquals(Map.of(1, 1493, 2, 835, 3, 508, 4, 802, 5, 700), countsOf(scored, RfmScores.F_SCORE));
        assertEquals(Map.of(1, 868, 2, 868, 3, 867, 4, 868, 5, 867), countsOf(scored, RfmScores.M_SCORE));
        assertEquals(Map.of(1, 730, 2, 1077, 3, 811, 4, 819, 5, 901), countsOf(scored, RfmScores.FM_SCORE));
    }

    @Test
    void customersMadeFromTheOrderLinesScoreAsPandasDoes() {
        Table fromOrders = org.segmenta.orders.OrderLines.from(java.nio.file.Path.of("../data/online_retail.csv.gz"))
                .customerId("CustomerID").date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice")
                .orderId("InvoiceNo").customers().table();

        Table scored = RfmSegmentMap.standard().apply(RfmScores.score(fromOrders));

        assertEquals(Map.of(1, 869, 2, 889, 3, 866, 4, 888, 5, 826), countsOf(scored, RfmScores.R_SCORE));
        assertEquals(Map.of(1, 1493, 2, 835, 3, 508, 4, 802, 5, 700), countsOf(scored, RfmScores.F_SCORE));
        assertEquals(Map.of(1, 868, 2, 868, 3, 867, 4, 868, 5, 867), countsOf(scored, RfmScores.M_SCORE));
        assertEquals(List.of(861, 676, 563, 35, 213, 736, 148, 367, 54, 351, 334, 4338),
                RfmSegmentSummary.of(scored, RfmSegmentMap.standard()).intColumn("Customers").asList());
    }

    @Test
    void segmentCountsMatchPandas() throws IOException {
        Table summary = RfmSegmentSummary.of(segmented(), RfmSegmentMap.standard());

        assertEquals(List.of("Champions", "Loyal", "Potential Loyalists", "New / Recent", "Promising",
                "Need Attention", "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost",
                "All customers"), summary.stringColumn("Segment").asList());
        assertEquals(List.of(861, 676, 563, 35, 213, 736, 148, 367, 54, 351, 334, 4338),
                summary.intColumn("Customers").asList());
    }

    @Test
    void segmentMeansMatchPandas() throws IOException {
        Table summary = RfmSegmentSummary.of(segmented(), RfmSegmentMap.standard());
        double[][] pandas = {
            {10.861789, 11.775842, 6687.381487}, {32.548817, 4.698225, 1925.586598},
            {29.632327, 2.039076, 626.036501}, {7.371429, 1.000000, 166.696286},
            {39.901408, 1.000000, 154.310704}, {95.509511, 1.684783, 549.335122},
            {122.939189, 1.000000, 144.272432}, {155.291553, 3.795640, 1824.185640},
            {233.907407, 4.925926, 3384.534074}, {269.299145, 1.253561, 381.461567},
            {282.215569, 1.000000, 146.460629},
        };

        for (int s = 0; s < pandas.length; s++) {
            String segment = summary.stringColumn("Segment").get(s);
            assertEquals(pandas[s][0], summary.doubleColumn("Mean recency_days").get(s), 5e-7, segment);
            assertEquals(pandas[s][1], summary.doubleColumn("Mean frequency").get(s), 5e-7, segment);
            assertEquals(pandas[s][2], summary.doubleColumn("Mean monetary").get(s), 5e-7, segment);
        }
    }

    @Test
    void namedCustomersMatchPandas() throws IOException {
        Table scored = segmented();
        // CustomerID → r, f, m, fm, segment, from the script's print of rfm.loc[...]
        Map<Integer, String> pandas = new LinkedHashMap<>();
        pandas.put(12346, "1 1 5 3 At Risk");              // one order of 77,183.60, 326 days ago
        pandas.put(12347, "5 5 5 5 Champions");
        pandas.put(12349, "4 1 4 3 Potential Loyalists");  // fm (1 + 4) / 2 = 2.5 rounds up to 3
        pandas.put(12350, "1 1 2 2 Hibernating");
        pandas.put(12352, "3 5 5 5 Loyal");
        pandas.put(12353, "1 1 1 1 Lost");
        pandas.put(12363, "2 2 3 3 Need Attention");
        pandas.put(12367, "5 1 1 1 New / Recent");
        pandas.put(12383, "1 4 4 4 Can't Lose Them");
        pandas.put(12445, "4 1 1 1 Promising");
        pandas.put(12548, "2 1 1 1 About to Sleep");
        pandas.put(17850, "1 5 5 5 Can't Lose Them");     // 34 orders, last one 373 days ago
        IntColumn ids = scored.intColumn("CustomerID");
        StringColumn segments = scored.stringColumn(RfmSegmentMap.SEGMENT_COLUMN);
        for (Map.Entry<Integer, String> customer : pandas.entrySet()) {
            int row = ids.indexOf(customer.getKey());
            String actual = scored.intColumn(RfmScores.R_SCORE).get(row) + " "
                    + scored.intColumn(RfmScores.F_SCORE).get(row) + " "
                    + scored.intColumn(RfmScores.M_SCORE).get(row) + " "
                    + scored.intColumn(RfmScores.FM_SCORE).get(row) + " " + segments.get(row);
            assertEquals(customer.getValue(), actual, "customer " + customer.getKey());
        }
    }
}
