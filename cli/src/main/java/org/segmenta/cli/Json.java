package org.segmenta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON the same way every time: keys in the order the maps were filled (the code fills them in a fixed order),
 * two-space indentation, {@code "\n"} line ends whatever the platform, UTF-8, and numbers as Java prints doubles
 * (shortest text that reads back to the same double), so the same study gives the same bytes.
 */
final class Json {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** @return {@code value} (maps, lists, strings, numbers, booleans, null) as UTF-8 JSON ending in a line break */
    static byte[] bytes(Object value) {
        try {
            return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @return a copy of {@code parameters} that JSON can hold as is: numbers (non-finite ones as null), booleans and
     *     strings kept, anything else (e.g. an enum) as its text, in the same key order
     */
    static Map<String, Object> plain(Map<String, ?> parameters) {
        Map<String, Object> plain = new LinkedHashMap<>();
        parameters.forEach((key, value) -> plain.put(key, value instanceof Double d ? number(d)
                : value instanceof Number || value instanceof Boolean || value instanceof String || value == null
                        ? value : String.valueOf(value)));
        return plain;
    }

    /** @return {@code value}, or null when it is NaN or infinite (JSON has no such numbers) */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
