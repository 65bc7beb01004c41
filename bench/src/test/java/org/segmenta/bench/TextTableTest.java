package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private final TextTable table = new TextTable(List.of("tool", "s"), false, true)
            .add(List.of("Smile", "4.8")).add(List.of("ours", "0.25"));

    @Test
    void alignsTextLeftAndNumbersRight() {
        assertEquals("""
                tool      s
                -----  ----
                Smile   4.8
                ours   0.25
                """, table.plain());
    }

    @Test
    void writesAMarkdownPipeTableWithNumbersRightAligned() {
        assertEquals("""
                | tool | s |
                |---|---:|
                | Smile | 4.8 |
                | ours | 0.25 |
                """, table.markdown());
    }

    @Test
    void escapesPipesInMarkdownCells() {
        String markdown = new TextTable(List.of("a"), false).add(List.of("x|y")).markdown();
        assertEquals("| x\\|y |", markdown.lines().toList().get(2));
    }

    @Test
    void rejectsARowOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class, () -> table.add(List.of("only one")));
    }
}
