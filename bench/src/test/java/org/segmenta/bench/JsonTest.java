package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesObjectsInTheirOrderWithIndentation() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of(true, "x"));
        assertEquals("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    \"x\"\n  ]\n}\n", Json.write(map));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"say \\\"hi\\\"\\\\n\\n\\u0001\"\n", Json.write("say \"hi\"\\n\n\u0001"));
    }

    @Test
    void writesNumbersJsonCannotHoldAsNull() {
        assertEquals("[1.5, null, null]\n", Json.write(new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY}));
    }

    @Test
    void writesIntArraysAndNull() {
        assertEquals("[1, 2]\n", Json.write(new int[] {1, 2}));
        assertEquals("null\n", Json.write(null));
    }

    @Test
    void rejectsOtherTypes() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
