package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedOrderLinesTest {

    private static byte[] bytes(GeneratedOrderLines generated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generated.write(out);
        return out.toByteArray();
    }

    private static List<String> lines(GeneratedOrderLines generated) throws IOException {
        return List.of(new String(bytes(generated), StandardCharsets.US_ASCII).split("\n"));
    }

    @Test
    void writesTheHeaderAndExactlyTheLinesAsked() throws IOException {
        List<String> lines = lines(new GeneratedOrderLines(1_001, 50, 7));
        assertEquals(GeneratedOrderLines.HEADER, lines.getFirst());
        assertEquals(1_001 + 1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(7, line.split(",", -1).length, line);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        assertArrayEquals(bytes(new GeneratedOrderLines(5_000, 100, 7)), bytes(new GeneratedOrderLines(5_000, 100, 7)));
        assertFalse(Arrays.equals(bytes(new GeneratedOrderLines(5_000, 100, 7)),
                bytes(new GeneratedOrderLines(5_000, 100, 8))));
    }

    @Test
    void everyLineIsReadableAndTheCleaningRulesFindWhatTheyDrop() throws IOException {
        List<String> lines = lines(new GeneratedOrderLines(100_000, 2_500, 7));
        int missing = 0;
        int cancellations = 0;
        int nonPositive = 0;
        int zeroPrice = 0;
        int repeats = 0;
        String previousDate = "";
        Set<String> customers = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            int quantity = Integer.parseInt(cells[2]);
            assertTrue(cells[3].matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), cells[3]);
            assertTrue(cells[4].matches("\\d+\\.\\d{2}"), cells[4]);
            if (cells[5].isEmpty()) {
                missing++;
            } else {
                assertTrue(cells[5].matches("\\d{6}"), cells[5]);
                customers.add(cells[5]);
            }
            if (cells[0].startsWith("C")) {
                cancellations++;
                assertTrue(quantity < 0, lines.get(i));
            } else if (quantity <= 0) {
                nonPositive++;
            }
            zeroPrice += cells[4].equals("0.00") ? 1 : 0;
            repeats += lines.get(i).equals(lines.get(i - 1)) ? 1 : 0;
            // Invoice times grow through the file; the jitter within an hour never goes back more than that.
            assertTrue(previousDate.isEmpty() || cells[3].compareTo(previousDate.substring(0, 10)) >= 0, cells[3]);
            previousDate = cells[3];
        }
        int n = lines.size() - 1;
        // Invoices have 20 lines on average, so line shares of invoice-level choices scatter more than binomially.
        assertEquals(GeneratedOrderLines.MISSING_CUSTOMER, missing / (double) n, 0.03);
        assertEquals(GeneratedOrderLines.CANCELLATION, cancellations / (double) n, 0.01);
        assertEquals(GeneratedOrderLines.NON_POSITIVE_QUANTITY, nonPositive / (double) n, 0.002);
        assertEquals(GeneratedOrderLines.ZERO_PRICE, zeroPrice / (double) n, 0.002);
        assertEquals(GeneratedOrderLines.DUPLICATE, repeats / (double) n, 0.003);
        assertTrue(customers.size() > 1_000 && customers.size() <= 2_500, customers.size() + " customers");
        assertTrue(lines.getLast().startsWith("C") || lines.getLast().contains(",2023-"), lines.getLast());
    }

    @Test
    void theFileNameCarriesEveryParameter() {
        assertEquals("orders-20000000-c500000-seed7.csv", new GeneratedOrderLines(20_000_000, 500_000, 7).fileName());
    }

    @Test
    void refusesAnEmptyFile() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratedOrderLines(0, 10, 7));
    }
}
