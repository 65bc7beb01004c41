package org.segmenta.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What one tool's process reports about one case, and the line format it reports it in on standard output (the
 * Python script {@code bench/python/peer_bench.py} writes the same lines). Every line starts with {@value #PREFIX};
 * other output (a library's own printing) is ignored:
 *
 * <pre>
 * &#64;bench version scikit-learn 1.2.1, SciPy 1.10.1, NumPy 1.24.2
 * &#64;bench times warm 0.481 0.476 0.490
 * &#64;bench iterations 25
 * &#64;bench quality 9876543.21
 * &#64;bench per_k 1234.5 1000.2 ...
 * &#64;bench restarts_per_k 10 10 ...
 * &#64;bench note k = 1 is the total sum of squares: Smile refuses k &lt; 2
 * &#64;bench checksum lines=541909 duplicates=5268 kept=397884 customers=4338 recency=403692 frequency=18532 …
 * &#64;bench lifetime bgnbd_ll=-95368.44 r=0.2516 alpha=4.789 a=0.7234 b=2.161 gg_ll=-40763.48 p=6.275 …
 * &#64;bench steps jvm=0.41 session=7.92 customers=20.13 checksum=0.52 write=1.21
 * &#64;bench counters input_bytes=6498312 shuffle_write_bytes=… task_ms=… cores=2
 * </pre>
 *
 * @param version the tool and its version, as the process found it
 * @param timings the measured runs, or null when the caller times the whole process
 * @param iterations Lloyd iterations of the last run (k-means only)
 * @param quality the final WCSS (k-means), the sum of merge heights (Ward), or the total of the per-k WCSS (sweeps)
 * @param perK WCSS for each k of a sweep, smallest k first (empty for other workloads)
 * @param restartsPerK the restarts used for each k of a sweep (empty when the tool does not say)
 * @param notes remarks for the report
 * @param checksum the customer table's checksum (order-line cases only, else null)
 * @param lifetime where the lifetime fits ended (lifetime cases only, else null)
 * @param steps seconds per named step of a whole-process case, in the order the process ran them (empty if it did not
 *     say); ELKI's k-means case puts each variant's one-run seconds here under its name, and its WCSS under the name
 *     followed by {@link ElkiKeys#WCSS_SUFFIX}
 * @param counters named whole numbers the process measured (bytes read, shuffled, task milliseconds, cores; ELKI's
 *     k-means case: each variant's iterations under its name; empty if none)
 */
public record ChildReport(String version, Timings timings, OptionalInt iterations, OptionalDouble quality,
        double[] perK, int[] restartsPerK, List<String> notes, OrderChecksum checksum, LifetimeOptimum lifetime,
        Map<String, Double> steps, Map<String, Long> counters) {

    /** The marker of a report line. */
    public static final String PREFIX = "@bench ";

    /** Copies the arrays, the list and the maps (keeping the maps' order). */
    public ChildReport {
        perK = perK.clone();
        restartsPerK = restartsPerK.clone();
        notes = List.copyOf(notes);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** A report without step times or counters. */
    public ChildReport(String version, Timings timings, OptionalInt iterations, OptionalDouble quality,
            double[] perK, int[] restartsPerK, List<String> notes, OrderChecksum checksum, LifetimeOptimum lifetime) {
        this(version, timings, iterations, quality, perK, restartsPerK, notes, checksum, lifetime, Map.of(),
                Map.of());
    }

    /** A report without a checksum or optimum: every workload but the order lines and the lifetime fit. */
    public ChildReport(String version, Timings timings, OptionalInt iterations, OptionalDouble quality,
            double[] perK, int[] restartsPerK, List<String> notes) {
        this(version, timings, iterations, quality, perK, restartsPerK, notes, null, null);
    }

    /** A report with the customer table's checksum: the order lines. */
    public ChildReport(String version, Timings timings, OptionalInt iterations, OptionalDouble quality,
            double[] perK, int[] restartsPerK, List<String> notes, OrderChecksum checksum) {
        this(version, timings, iterations, quality, perK, restartsPerK, notes, checksum, null);
    }

    /** @return a copy of the per-k WCSS */
    @Override
    public double[] perK() {
        return perK.clone();
    }

    /** @return a copy of the per-k restarts */
    @Override
    public int[] restartsPerK() {
        return restartsPerK.clone();
    }

    /** @return the report as lines for standard output */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + "version " + version);
        if (timings != null) {
            lines.add(PREFIX + "times " + (timings.warm() ? "warm" : "cold") + " " + join(timings.seconds()));
        }
        iterations.ifPresent(i -> lines.add(PREFIX + "iterations " + i));
        quality.ifPresent(q -> lines.add(PREFIX + "quality " + number(q)));
        if (perK.length > 0) {
            lines.add(PREFIX + "per_k " + join(perK));
        }
        if (restartsPerK.length > 0) {
            lines.add(PREFIX + "restarts_per_k "
                    + Arrays.stream(restartsPerK).mapToObj(Integer::toString).collect(Collectors.joining(" ")));
        }
        notes.forEach(note -> lines.add(PREFIX + "note " + note.replace('\n', ' ')));
        if (checksum != null) {
            lines.add(PREFIX + OrderChecksum.KEY + " " + checksum.words());
        }
        if (lifetime != null) {
            lines.add(PREFIX + LifetimeOptimum.KEY + " " + lifetime.words());
        }
        if (!steps.isEmpty()) {
            lines.add(PREFIX + "steps " + steps.entrySet().stream().map(e -> e.getKey() + "=" + number(e.getValue()))
                    .collect(Collectors.joining(" ")));
        }
        if (!counters.isEmpty()) {
            lines.add(PREFIX + "counters " + counters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
        }
        return lines;
    }

    /**
     * Reads the report lines out of a process's standard output.
     *
     * @throws IllegalArgumentException if no version line is there, or a line cannot be read (naming the line)
     */
    public static ChildReport parse(List<String> output) {
        String version = null;
        Timings timings = null;
        OptionalInt iterations = OptionalInt.empty();
        OptionalDouble quality = OptionalDouble.empty();
        double[] perK = new double[0];
        int[] restarts = new int[0];
        List<String> notes = new ArrayList<>();
        OrderChecksum checksum = null;
        LifetimeOptimum lifetime = null;
        Map<String, Double> steps = new LinkedHashMap<>();
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String line : output) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String body = line.substring(PREFIX.length()).strip();
            int space = body.indexOf(' ');
            String key = space < 0 ? body : body.substring(0, space);
            String value = space < 0 ? "" : body.substring(space + 1).strip();
            try {
                switch (key) {
                    case "version" -> version = value;
                    case "times" -> {
                        String[] words = value.split("\\s+");
                        if (!words[0].equals("warm") && !words[0].equals("cold")) {
                            throw new IllegalArgumentException("times must start with warm or cold");
                        }
                        timings = new Timings(doubles(Arrays.copyOfRange(words, 1, words.length)),
                                words[0].equals("warm"));
                    }
                    case "iterations" -> iterations = OptionalInt.of(Integer.parseInt(value));
                    case "quality" -> quality = OptionalDouble.of(Double.parseDouble(value));
                    case "per_k" -> perK = doubles(value.split("\\s+"));
                    case "restarts_per_k" -> restarts = Arrays.stream(value.split("\\s+"))
                            .mapToInt(Integer::parseInt).toArray();
                    case "note" -> notes.add(value);
                    case OrderChecksum.KEY -> checksum = OrderChecksum.parse(value);
                    case LifetimeOptimum.KEY -> lifetime = LifetimeOptimum.parse(value);
                    case "steps" -> words(value).forEach((name, text) -> steps.put(name, Double.parseDouble(text)));
                    case "counters" -> words(value).forEach((name, text) -> counters.put(name, Long.parseLong(text)));
                    default -> throw new IllegalArgumentException("unknown key " + key);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read the report line '" + line + "': " + e.getMessage(), e);
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("the process printed no '" + PREFIX + "version' line; its output was "
                    + output.size() + " lines (see its log)");
        }
        return new ChildReport(version, timings, iterations, quality, perK, restarts, notes, checksum, lifetime,
                steps, counters);
    }

    /** Reads {@code name=value} words, in order. */
    private static Map<String, String> words(String value) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : value.split("\\s+")) {
            int equals = word.indexOf('=');
            if (equals < 1 || equals == word.length() - 1) {
                throw new IllegalArgumentException("expected name=value, got '" + word + "'");
            }
            words.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return words;
    }

    private static double[] doubles(String[] words) {
        return Arrays.stream(words).filter(w -> !w.isEmpty()).mapToDouble(Double::parseDouble).toArray();
    }

    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(ChildReport::number).collect(Collectors.joining(" "));
    }

    /** The shortest text that {@link Double#parseDouble} (and Python's {@code float}) reads back exactly. */
    private static String number(double value) {
        return Double.toString(value);
    }
}
