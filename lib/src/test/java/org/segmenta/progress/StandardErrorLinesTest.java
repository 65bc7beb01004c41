package org.segmenta.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardErrorLinesTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private long now;
    private final StandardErrorLines lines = new StandardErrorLines(() -> out, () -> now);

    private List<String> printedLines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private void reportAt(long millis, String task, int done, int total) {
        now = millis * 1_000_000;
        lines.progress(new ProgressReport(task, "units", done, total));
    }

    @Test
    void printsTheFirstAndLastReportOfAQuickTask() {
        for (int done = 1; done <= 10; done++) {
            reportAt(done, "quick", done, 10);
        }

        assertEquals(List.of("quick: 1 of 10 units", "quick: 10 of 10 units"), printedLines());
    }

    @Test
    void printsAtMostOneLineASecondInBetween() {
        // a report every 300 ms: printed at 0 ms, then at the first report a second or more after the last line
        for (int done = 1; done <= 10; done++) {
            reportAt(300L * (done - 1), "slow", done, 10);
        }

        assertEquals(List.of("slow: 1 of 10 units", "slow: 5 of 10 units", "slow: 9 of 10 units",
                "slow: 10 of 10 units"), printedLines());
    }

    @Test
    void aNewTaskIsPrintedAtOnce() {
        reportAt(0, "first", 1, 3);
        reportAt(10, "second", 1, 3);
        reportAt(20, "second", 2, 3);

        assertEquals(List.of("first: 1 of 3 units", "second: 1 of 3 units"), printedLines());
    }

    @Test
    void aNewRunOfTheSameTaskIsPrintedAtOnce() {
        reportAt(0, "k-means (k = 3)", 1, 2);
        reportAt(10, "k-means (k = 3)", 2, 2);
        reportAt(20, "k-means (k = 3)", 1, 2);

        assertEquals(List.of("k-means (k = 3): 1 of 2 units", "k-means (k = 3): 2 of 2 units",
                "k-means (k = 3): 1 of 2 units"), printedLines());
    }
}
