package org.segmenta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A small order-line file in the layout of Online Retail ({@code InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice}):
 * one customer written out by hand ({@code A1}), 100 customers {@code C001..C100} from a seeded simulation (so that both
 * lifetime models have repeat buyers, dropouts and one-time buyers to learn from), and one line for each cleaning rule.
 *
 * <p>Customer A1, by hand: orders 100001 on 2023-03-01 (2 × 10.00 + 1 × 5.50 = 25.50), 100002 on 2023-03-15
 * (3 × 4.00 = 12.00), 100003 on 2023-04-02 (1 × 20.00), and the cancellation C100004 on 2023-04-03 (−1 × 20.00,
 * dropped). So: frequency 3, monetary 57.50, average order value 19.1666…, first purchase 2023-03-01, last 2023-04-02;
 * with the snapshot date 2024-01-31: recency 304 days (2023-04-02 to 2024-01-31; Python:
 * {@code (date(2024,1,31) - date(2023,4,2)).days}) and tenure 336 days ({@code (date(2024,1,31) - date(2023,3,1)).days});
 * two repeat transactions (x = 2) with mean spend m_x = (12 + 20) / 2 = 16.
 *
 * <p>Lines for the rules: C100004 above (a cancellation, quantity −1), a return of C002 (quantity −2, no C), a free
 * line of C003 (price 0), a line without customer, and an exact copy of C004's first line.
 */
final class OrderLinesFixture {

    /** The header. */
    static final String HEADER = "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice";
    /** A snapshot date after every purchase of the fixture. */
    static final String SNAPSHOT = "2024-01-31";
    /** The generated customers. */
    static final int GENERATED = 100;

    /**
     * One order line of a generated customer.
     *
     * @param order the order id
     * @param customer the customer id
     * @param day the purchase day
     * @param quantity the quantity
     * @param price the unit price
     */
    record Line(String order, String customer, LocalDate day, int quantity, double price) {

        String csv() {
            return String.format(Locale.ROOT, "%s,%s,%s 11:%02d:00,%d,%.2f", order, customer, day,
                    (quantity * 7) % 60, quantity, price);
        }
    }

    private OrderLinesFixture() {
    }

    /**
     * @return the generated customers' lines, from a small simulation in the spirit of the BG/NBD model with a seeded
     *     generator: each customer C001..C100 has her own purchase rate (0.02..0.42 a week) and dropout probability
     *     after each purchase (0..0.5), a first purchase in the first 90 days of 2023, 1..3 lines per order and her
     *     own price level, and buys until she drops out or the year ends
     */
    static List<Line> generated() {
        Random random = new Random(1);
        List<Line> lines = new ArrayList<>();
        int order = 200000;
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int c = 1; c <= GENERATED; c++) {
            String id = String.format(Locale.ROOT, "C%03d", c);
            double weeklyRate = 0.02 + 0.4 * random.nextDouble();
            double dropout = 0.5 * random.nextDouble();
            double price = 2 + 30 * random.nextDouble();
            double day = 90 * random.nextDouble();
            while (day < 365) {
                order++;
                int count = 1 + random.nextInt(3);
                for (int l = 0; l < count; l++) {
                    lines.add(new Line(Integer.toString(order), id, start.plusDays((long) day),
                            1 + random.nextInt(4), price * (0.5 + random.nextDouble())));
                }
                if (random.nextDouble() < dropout) {
                    break;
                }
                day += -Math.log(1 - random.nextDouble()) / (weeklyRate / 7);
            }
        }
        return lines;
    }

    /** @return the whole file's text */
    static String text() {
        List<String> rows = new ArrayList<>(List.of(HEADER,
                "100001,A1,2023-03-01 10:00:00,2,10.00",
                "100001,A1,2023-03-01 10:00:00,1,5.50",
                "100002,A1,2023-03-15 09:30:00,3,4.00",
                "100003,A1,2023-04-02 16:00:00,1,20.00",
                "C100004,A1,2023-04-03 10:00:00,-1,20.00",
                "300001,C002,2023-02-01 12:00:00,-2,4.00",
                "300002,C003,2023-02-02 12:00:00,1,0.00",
                "300003,,2023-02-03 12:00:00,1,3.00"));
        List<Line> generated = generated();
        for (Line line : generated) {
            rows.add(line.csv());
        }
        Line copied = generated.stream().filter(line -> line.customer().equals("C004")).findFirst().orElseThrow();
        rows.add(copied.csv());
        return String.join("\n", rows) + "\n";
    }

    /** Writes the fixture as {@code name} in {@code directory}. */
    static Path write(Path directory, String name) {
        try {
            return Files.writeString(directory.resolve(name), text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options naming the fixture's columns. */
    static List<String> columns() {
        return List.of("--customer-id", "CustomerID", "--date", "InvoiceDate", "--quantity", "Quantity", "--price",
                "UnitPrice", "--order-id", "InvoiceNo");
    }
}
