package org.segmenta.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark tells a tool's process: the case, how to repeat it and the seed, as {@code --key value} pairs that
 * both the Java runner ({@link ToolRun}) and the Python script ({@code bench/python/peer_bench.py}) read.
 *
 * @param benchCase the case to run
 * @param repetition how often to run it
 * @param seed the seed of every random choice the tool makes
 */
public record ChildArguments(BenchCase benchCase, Repetition repetition, long seed) {

    /** @return the arguments, in {@code --key value} form */
    public List<String> toArguments() {
        BenchCase c = benchCase;
        return List.of("--id", c.id(), "--title", c.title(), "--workload", c.workload().name(),
                "--input", c.input().toString(), "--rows", Integer.toString(c.rows()),
                "--columns", Integer.toString(c.columns()), "--k", Integer.toString(c.k()),
                "--starts", Integer.toString(c.starts()), "--min-k", Integer.toString(c.minK()),
                "--max-k", Integer.toString(c.maxK()), "--seed", Long.toString(seed),
                "--budget", Double.toString(repetition.budgetSeconds()),
                "--max-runs", Integer.toString(repetition.maxRuns()),
                "--cold-limit", Double.toString(repetition.coldLimitSeconds()));
    }

    /**
     * Reads arguments written by {@link #toArguments()}.
     *
     * @throws IllegalArgumentException if a key is missing, unknown or has no value
     */
    public static ChildArguments parse(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String key = arguments.get(i);
            if (!key.startsWith("--") || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("expected '--key value' pairs, got '" + key + "' at position " + i);
            }
            values.put(key.substring(2), arguments.get(i + 1));
        }
        BenchCase c = new BenchCase(required(values, "id"), required(values, "title"),
                Workload.valueOf(required(values, "workload")), Path.of(required(values, "input")),
                integer(values, "rows"), integer(values, "columns"), integer(values, "k"), integer(values, "starts"),
                integer(values, "min-k"), integer(values, "max-k"));
        Repetition repetition = new Repetition(Double.parseDouble(required(values, "budget")),
                integer(values, "max-runs"), Double.parseDouble(required(values, "cold-limit")));
        return new ChildArguments(c, repetition, Long.parseLong(required(values, "seed")));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing argument --" + key);
        }
        return value;
    }

    private static int integer(Map<String, String> values, String key) {
        return Integer.parseInt(required(values, key));
    }
}
