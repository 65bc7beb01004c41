package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.segmenta.progress.Progress;
import org.segmenta.progress.TaskProgress;

/** The lines of {@link StepProgress}: announced slow steps, how far they got, plain or rewritten on a terminal. */
class StepProgressTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A step of 3 units: one done before the announcement, one just after, one 1.1 s later. */
    private static Void threeUnits(Progress lib) {
        TaskProgress units = lib.start("task", "units", 3);
        units.step();
        sleep(StepProgress.ANNOUNCE_AFTER_MILLIS + 300);
        units.step();
        sleep(StepProgress.LINE_INTERVAL_MILLIS + 100);
        units.step();
        return null;
    }

    @Test
    void showsHowFarASlowStepGotOnlyAfterAnnouncingIt() {
        try (StepProgress progress = StepProgress.to(out, false)) {
            progress.step("slow step", StepProgressTest::threeUnits);
        }

        String[] lines = printed().split("\n", -1);
        assertEquals("[segment] slow step …", lines[0], printed());
        assertEquals("[segment]   task: 2 of 3 units", lines[1], printed());
        assertEquals("[segment]   task: 3 of 3 units", lines[2], printed());
        assertTrue(lines[3].matches("\\[segment\\] {3}done in \\d+\\.\\d s"), printed());
        assertEquals(5, lines.length, printed());
    }

    @Test
    void onATerminalRewritesOneLineAndEndsItWithTheTimeTaken() {
        try (StepProgress progress = StepProgress.to(out, true)) {
            progress.step("slow step", StepProgressTest::threeUnits);
        }

        assertTrue(printed().matches("\\[segment\\] slow step …\n"
                + "\r\\[segment\\] {3}task: 2 of 3 units"
                + "\r\\[segment\\] {3}task: 3 of 3 units"
                // 5 spaces cover the rest of "[segment]   task: 3 of 3 units" (30 characters; the summary has 25)
                + "\r\\[segment\\] {3}done in \\d+\\.\\d s {5}\n"), printed().replace("\r", "<CR>"));
    }

    @Test
    void aStepStoppedByCancelSaysWhenItStopped() {
        try (StepProgress progress = StepProgress.to(out, false)) {
            assertThrows(CancellationException.class, () -> progress.step("slow step", lib -> {
                sleep(StepProgress.ANNOUNCE_AFTER_MILLIS + 300);
                progress.cancel();
                lib.start("task", "units", 3).checkpoint();
                return null;
            }));
        }

        assertTrue(printed().matches("\\[segment\\] slow step …\n\\[segment\\] {3}stopped after \\d+\\.\\d s\n"),
                printed());
    }

    @Test
    void aQuietStepPrintsNothingButCanStillBeCancelled() {
        try (StepProgress progress = StepProgress.quiet()) {
            progress.cancel();

            assertThrows(CancellationException.class,
                    () -> progress.step("step", lib -> {
                        lib.start("task", "units", 1).checkpoint();
                        return null;
                    }));
        }
        assertEquals("", printed());
    }
}
