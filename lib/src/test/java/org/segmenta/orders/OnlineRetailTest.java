package org.segmenta.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The UCI Online Retail order lines ({@code data/online_retail.csv.gz}) through the default cleaning rules, checked
 * against two independent sources: the counts published with the data ({@code data/README.md}, from the dataset's
 * provenance notes), and the same steps in pandas 1.5.3 (Debian's python3-pandas):
 *
 * <pre>
 * import pandas as pd
 * df = pd.read_csv("data/online_retail.csv.gz", dtype={"InvoiceNo": str, "CustomerID": str})
 * df = df[df.CustomerID.notna()]
 * df = df[~df.InvoiceNo.str.startswith("C")]
 * df = df[(df.Quantity > 0) &amp; (df.UnitPrice > 0)]
 * df["day"] = pd.to_datetime(df.InvoiceDate).dt.normalize()
 * df["amount"] = df.Quantity * df.UnitPrice
 * snapshot = df.day.max() + pd.Timedelta(days=1)
 * c = df.groupby("CustomerID").agg(last=("day", "max"), first=("day", "min"),
 *                                  frequency=("InvoiceNo", "nunique"), monetary=("amount", "sum"))
 * c["recency_days"] = (snapshot - c["last"]).dt.days
 * c["tenure_days"] = (snapshot - c["first"]).dt.days
 * print(len(df), len(c), df.InvoiceNo.nunique(), snapshot.date())
 *     # 397884 4338 18532 2011-12-10
 * print(c.loc[["12346", "12347", "12748", "14646", "18287"]])
 *     #  last       first      frequency  monetary   recency_days  tenure_days
 *     # 12346  2011-01-18 2011-01-18    1   77183.60   326   326
 *     # 12347  2011-12-07 2010-12-07    7    4310.00     3   368
 *     # 12748  2011-12-09 2010-12-01  209   33719.73     1   374
 *     # 14646  2011-12-08 2010-12-20   73  280206.02     2   355
 *     # 18287  2011-10-28 2011-05-22    3    1837.28    43   202
 * print(c.recency_days.sum(), c.frequency.sum(), round(c.monetary.sum(), 2), c.tenure_days.sum())
 *     # 403692 18532 8911407.9 970979
 * </pre>
 */
class OnlineRetailTest {

    private static CustomerTable customers;

    @BeforeAll
    static void readOnce() {
        customers = OrderLines.from(Path.of("../data/online_retail.csv.gz")).customerId("CustomerID")
                .date("InvoiceDate").quantityTimesPrice("Quantity", "UnitPrice").orderId("InvoiceNo").customers();
    }

    @Test
    void theCountsOfTheDataNotesAreFound() {
        CleaningReport report = customers.cleaning();

        assertEquals(541_909, report.linesRead());
        List<CleaningStep> steps = report.steps();
        assertEquals(5_268, steps.get(0).linesMatching(), "exact duplicates");
        assertEquals(135_080, steps.get(1).linesMatching(), "no CustomerID");
        assertEquals(9_288, steps.get(3).linesMatching(), "invoices starting with C");
        assertEquals(10_624, steps.get(4).linesMatching(), "quantity ≤ 0");
        assertEquals(2_515 + 2, steps.get(5).linesMatching(), "unit price 0 or negative");
    }

    @Test
    void whatIsLeftMatchesPandas() {
        CleaningReport report = customers.cleaning();

        assertEquals(397_884, report.linesKept());
        assertEquals(4_338, report.customers());
        assertEquals(18_532, report.orders());
        assertEquals(LocalDate.of(2011, 12, 10), customers.snapshotDate());
        assertEquals("yyyy-MM-dd HH:mm:ss", customers.datePattern().pattern());
    }

    @Test
    void customersMatchPandas() {
        Table table = customers.table();
        List<String> ids = table.stringColumn("CustomerID").asList();
        int[] recency = {326, 3, 1, 2, 43};
        int[] frequency = {1, 7, 209, 73, 3};
        double[] monetary = {77183.60, 4310.00, 33719.73, 280206.02, 1837.28};
        int[] tenure = {326, 368, 374, 355, 202};
        String[] named = {"12346", "12347", "12748", "14646", "18287"};
        for (int i = 0; i < named.length; i++) {
            int row = ids.indexOf(named[i]);
            assertEquals(recency[i], table.intColumn("recency_days").get(row), named[i]);
            assertEquals(frequency[i], table.intColumn("frequency").get(row), named[i]);
            assertEquals(monetary[i], table.doubleColumn("monetary").get(row), 1e-6, named[i]);
            assertEquals(tenure[i], table.intColumn("tenure_days").get(row), named[i]);
            assertEquals(monetary[i] / frequency[i], table.doubleColumn("average_order_value").get(row), 1e-9);
        }
        assertEquals(403_692, table.intColumn("recency_days").sum(), 0);
        assertEquals(18_532, table.intColumn("frequency").sum(), 0);
        assertEquals(8_911_407.9, table.doubleColumn("monetary").sum(), 0.005);
        assertEquals(970_979, table.intColumn("tenure_days").sum(), 0);
    }
}
