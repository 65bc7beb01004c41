package org.segmenta.bench;

import java.util.List;

/**
 * The cases of a benchmark run and how often each is repeated.
 *
 * @param cases the cases, in table order (the three headline rows first)
 * @param repetition how often each case is run in each tool's process
 * @param quick whether this is the small smoke-test plan
 */
public record BenchPlan(List<BenchCase> cases, Repetition repetition, boolean quick) {

    /** Copies the list. */
    public BenchPlan {
        cases = List.copyOf(cases);
    }

    /**
     * The full benchmark: the rows (k-means 1M × 10 with one start, the elbow sweep 200k × 5, Ward 20k × 2),
     * Ward at 5k, 10k and 100k, k-means at 100k, the mall study end to end, the order lines to customers end to end
     * (Online Retail and 20 million generated lines, against pandas), the BG/NBD and Gamma-Gamma fits on the 23,570
     * CDNOW customers (against SciPy), and the default-restarts comparison on the
     * elbow data and the Customer Personality features, then the order-line study at scale on one machine against Spark
     * (1M, 10M and 50M generated lines as Parquet). About 30 s of measured runs per case and tool, at most 9 (the machine's run-to-run spread is ±30 %).
     */
    public static BenchPlan full(BenchData data) {
        return new BenchPlan(concat(List.of(
                BenchCase.kMeans(data.kMeans(), 1_000_000, 8, 1),
                BenchCase.elbow(data.elbow(), 200_000, 10, 3),
                BenchCase.ward(data.ward(), 20_000),
                BenchCase.kMeans(data.kMeans(), 100_000, 8, 1),
                BenchCase.ward(data.ward(), 5_000),
                BenchCase.ward(data.ward(), 10_000),
                BenchCase.ward(data.ward(), 100_000),
                BenchCase.mallStudy(data.mallCsv()),
                orderLines(data.onlineRetail()),
                orderLines(data.orderLines()),
                BenchCase.lifetimeFit(data.cdnowMaster()),
                BenchCase.restarts(data.elbow(), 200_000, 2, 8),
                BenchCase.restarts(data.personality(), data.personality().rows(), 2, 8)),
                atScale(data)), new Repetition(30, 9, 30), false);
    }

    /**
     * The same cases at a tenth of the size (smaller where a tenth would still be slow; Online Retail whole, 200k
     * generated order lines, the 2,357-customer CDNOW sample, 200k generated lines as Parquet for Spark), 3 s of measured runs: a
     * check that everything runs, in a couple of minutes. Its numbers are not the benchmark's.
     */
    public static BenchPlan quick(BenchData data) {
        return new BenchPlan(concat(List.of(
                BenchCase.kMeans(data.kMeans(), 100_000, 8, 1),
                BenchCase.elbow(data.elbow(), 20_000, 10, 3),
                BenchCase.ward(data.ward(), 2_000),
                BenchCase.kMeans(data.kMeans(), 10_000, 8, 1),
                BenchCase.ward(data.ward(), 500),
                BenchCase.ward(data.ward(), 1_000),
                BenchCase.ward(data.ward(), 10_000),
                BenchCase.mallStudy(data.mallCsv()),
                orderLines(data.onlineRetail()),
                orderLines(data.orderLines()),
                BenchCase.lifetimeFit(data.cdnowSample()),
                BenchCase.restarts(data.elbow(), 20_000, 2, 8),
                BenchCase.restarts(data.personality(), data.personality().rows(), 2, 8)),
                atScale(data)), new Repetition(3, 3, 10), true);
    }

    /** The one-machine-against-Spark cases, smallest table first, after the other cases. */
    private static List<BenchCase> atScale(BenchData data) {
        return data.parquetOrderLines().stream().map(BenchCase::orderLinesAtScale).toList();
    }

    private static List<BenchCase> concat(List<BenchCase> first, List<BenchCase> second) {
        List<BenchCase> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static BenchCase orderLines(DataSet file) {
        return BenchCase.orderLines(file.name(), file.file(), file.rows(), file.columns());
    }

    /** @return this plan with {@code extra} as its last case */
    public BenchPlan plus(BenchCase extra) {
        return new BenchPlan(concat(cases, List.of(extra)), repetition, quick);
    }

    /** @return this plan with only the cases whose id contains {@code fragment} (all of them for null) */
    public BenchPlan only(String fragment) {
        if (fragment == null) {
            return this;
        }
        List<BenchCase> kept = cases.stream().filter(c -> c.id().contains(fragment)).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no case id contains '" + fragment + "'; the ids are "
                    + cases.stream().map(BenchCase::id).toList());
        }
        return new BenchPlan(kept, repetition, quick);
    }
}
