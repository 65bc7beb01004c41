package org.segmenta.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON (RFC 8259) from plain Java values: {@code null}, {@link Boolean}, {@link Number}, {@link CharSequence},
 * {@link List}, {@code double[]}, {@code int[]} and {@link Map} with string keys (in the map's order). A number that
 * JSON cannot hold (NaN, ±∞) is written as {@code null}. The project may not add a JSON library, and writing is all the
 * benchmark needs.
 */
public final class Json {

    private Json() {
    }

    /**
     * @param value the value to write
     * @return its JSON text, indented by two spaces per level
     * @throws IllegalArgumentException for a value of another type (naming the type)
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Double d -> number(d, out);
            case Float f -> number(f, out);
            case Number n -> out.append(n);
            case CharSequence s -> string(s.toString(), out);
            case double[] a -> {
                out.append('[');
                for (int i = 0; i < a.length; i++) {
                    out.append(i == 0 ? "" : ", ");
                    number(a[i], out);
                }
                out.append(']');
            }
            case int[] a -> {
                out.append('[');
                for (int i = 0; i < a.length; i++) {
                    out.append(i == 0 ? "" : ", ").append(a[i]);
                }
                out.append(']');
            }
            case List<?> list -> {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    indent(out, depth + 1);
                    write(list.get(i), out, depth + 1);
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append(']');
            }
            case Map<?, ?> map -> {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
                while (entries.hasNext()) {
                    Map.Entry<?, ?> entry = entries.next();
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
                    }
                    indent(out, depth + 1);
                    string(key, out);
                    out.append(": ");
                    write(entry.getValue(), out, depth + 1);
                    out.append(entries.hasNext() ? ",\n" : "\n");
                }
                indent(out, depth);
                out.append('}');
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void number(double d, StringBuilder out) {
        out.append(Double.isFinite(d) ? Double.toString(d) : "null");
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }
}
