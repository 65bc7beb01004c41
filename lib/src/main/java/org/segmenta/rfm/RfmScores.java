package org.segmenta.rfm;

import java.util.Arrays;
import org.segmenta.orders.CustomerTable;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * RFM scores: every customer gets a quintile score 1–5 for recency (R), frequency (F) and monetary value (M), relative
 * to the other customers of the table, the combined frequency–monetary score FM and the three-digit RFM cell.
 *
 * <pre>{@code
 * Table scored = RfmScores.score(customers);   // recency_days, frequency, monetary → r_score, f_score, m_score, ...
 * Table scored = RfmScores.score(customers, "days_since_last_order", "orders", "revenue");
 * }</pre>
 *
 * <p><b>Scores.</b> F and M: the more orders (the more spend), the higher the score. R is reversed: the most recent
 * buyers (the fewest days since the last purchase) get 5. With n customers,
 * <ul>
 *   <li>F and M: score = 1 + floor(5 × (number of customers with a strictly smaller value) / n);</li>
 *   <li>R: score = 1 + floor(5 × (number of customers with a strictly larger recency) / n).</li>
 * </ul>
 * In pandas: {@code 1 + np.floor(5 * (x.rank(method='min') - 1) / len(x))}, and with {@code -x} for recency.
 *
 * <p><b>Ties share a score.</b> Tied values share a score: customers who bought on the same day, or the same number
 * of times, or spent the same, get the same score, because a score should depend on what a customer did, not on where
 * the row happens to sit in the table. The familiar {@code pd.qcut(x.rank(method='first'), 5)} (or SQL's
 * {@code NTILE(5)}) breaks ties by row order instead, so two customers with identical behaviour can land in different
 * quintiles, and the scores change when the rows are reordered. The price of sharing: the five groups are exactly
 * fifths only when values are distinct. When many values tie, the groups are uneven; in a typical shop a third or more
 * of the customers bought only once, and all of them get F = 1 (F = 2 starts after them), so F = 1 holds far more than
 * a fifth of the customers and a higher score fewer. A score s still means "at least (s − 1) fifths of the customers
 * have a smaller value".
 *
 * <p><b>FM score.</b> {@code fm_score} = (F + M) / 2 rounded half up, i.e. {@code (f + m + 1) / 2} in integer
 * arithmetic (f = 1, m = 2 gives 2; f = 4, m = 5 gives 5): the vertical axis of the R × FM grid on which
 * {@link RfmSegmentMap} names segments. {@code rfm_cell} is the text R, F, M, e.g. "545".
 *
 * <p><b>Input.</b> Any Tablesaw table with one row per customer and numeric columns for recency (days since the last
 * purchase), frequency (number of orders) and monetary value (total spend); the defaults are the names of the
 * order-to-customer step, {@value #RECENCY}, {@value #FREQUENCY} and {@value #MONETARY}. Every value must be present
 * and finite; recency and frequency must not be negative; there must be at least {@value #MIN_CUSTOMERS} customers.
 * The result is a copy of the table with the int columns {@value #R_SCORE}, {@value #F_SCORE}, {@value #M_SCORE},
 * {@value #FM_SCORE} and the string column {@value #RFM_CELL} added; the input is not changed.
 */
public final class RfmScores {

    /** Default name of the recency column: days between the last purchase and the snapshot date. */
    public static final String RECENCY = CustomerTable.RECENCY_DAYS;
    /** Default name of the frequency column: number of distinct orders. */
    public static final String FREQUENCY = CustomerTable.FREQUENCY;
    /** Default name of the monetary column: total spend. */
    public static final String MONETARY = CustomerTable.MONETARY;
    /** Name of the recency score column (5 = most recent). */
    public static final String R_SCORE = "r_score";
    /** Name of the frequency score column (5 = most orders). */
    public static final String F_SCORE = "f_score";
    /** Name of the monetary score column (5 = highest spend). */
    public static final String M_SCORE = "m_score";
    /** Name of the frequency–monetary score column, (F + M) / 2 rounded half up. */
    public static final String FM_SCORE = "fm_score";
    /** Name of the three-digit cell column, e.g. "545". */
    public static final String RFM_CELL = "rfm_cell";
    /** Fewest customers for which quintile scores are computed. */
    public static final int MIN_CUSTOMERS = 5;

    private static final int QUINTILES = 5;

    private RfmScores() {
    }

    /**
     * Scores the customers from the columns {@value #RECENCY}, {@value #FREQUENCY} and {@value #MONETARY}.
     *
     * @see #score(Table, String, String, String)
     */
    public static Table score(Table customers) {
        return score(customers, RECENCY, FREQUENCY, MONETARY);
    }

    /**
     * Scores the customers; see the class description for the formulas.
     *
     * @param customers one row per customer
     * @param recency name of the numeric column of days since the last purchase
     * @param frequency name of the numeric column of orders
     * @param monetary name of the numeric column of total spend
     * @return a copy of {@code customers} with {@value #R_SCORE}, {@value #F_SCORE}, {@value #M_SCORE},
     *     {@value #FM_SCORE} and {@value #RFM_CELL} added
     * @throws IllegalArgumentException if a column is unknown or not numeric, a value is missing, not finite or (for
     *     recency and frequency) negative, there are fewer than {@value #MIN_CUSTOMERS} customers, or the table already
     *     has a score column
     */
    public static Table score(Table customers, String recency, String frequency, String monetary) {
        double[] recencies = values(customers, recency, "recency (days since the last purchase)", true);
        double[] frequencies = values(customers, frequency, "frequency (number of orders)", true);
        double[] spends = values(customers, monetary, "monetary value (total spend)", false);
        for (String output : new String[] {R_SCORE, F_SCORE, M_SCORE, FM_SCORE, RFM_CELL}) {
            if (customers.containsColumn(output)) {
                throw new IllegalArgumentException("table '" + customers.name() + "' already has a column '" + output
                        + "'; score the customer table before scoring, or remove the old scores with "
                        + "table.removeColumns(\"" + output + "\").");
            }
        }
        int n = customers.rowCount();
        if (n < MIN_CUSTOMERS) {
            throw new IllegalArgumentException("RFM quintile scores need at least " + MIN_CUSTOMERS
                    + " customers; table '" + customers.name() + "' has " + n + ".");
        }
        double[] negatedRecencies = new double[n];
        for (int i = 0; i < n; i++) {
            negatedRecencies[i] = -recencies[i];
        }
        int[] r = quintileScores(negatedRecencies);
        int[] f = quintileScores(frequencies);
        int[] m = quintileScores(spends);
        IntColumn fm = IntColumn.create(FM_SCORE, n);
        StringColumn cells = StringColumn.create(RFM_CELL);
        for (int i = 0; i < n; i++) {
            fm.set(i, fmScore(f[i], m[i]));
            cells.append("" + r[i] + f[i] + m[i]);
        }
        Table scored = customers.copy();
        scored.addColumns(IntColumn.create(R_SCORE, r), IntColumn.create(F_SCORE, f), IntColumn.create(M_SCORE, m),
                fm, cells);
        return scored;
    }

    /**
     * Quintile scores with ties sharing a score: score = 1 + floor(5 × (number of values strictly smaller) / n).
     * Larger values get higher scores; negate the values to reverse that (as for recency).
     *
     * @param values finite values, at least one
     * @return the score 1..5 of each value, in input order
     * @throws IllegalArgumentException if there is no value or a value is not finite
     */
    public static int[] quintileScores(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("quintile scores need at least one value; got none.");
        }
        double[] sorted = values.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(sorted[i])) {
                throw new IllegalArgumentException("quintile scores need finite values; value " + i + " is "
                        + sorted[i] + ".");
            }
        }
        Arrays.sort(sorted);
        int[] scores = new int[n];
        for (int i = 0; i < n; i++) {
            long smaller = firstIndexOf(sorted, values[i]);
            scores[i] = 1 + (int) (QUINTILES * smaller / n);
        }
        return scores;
    }

    /**
     * The frequency–monetary score of the R × FM grid: (F + M) / 2 rounded half up.
     *
     * @param f the frequency score, 1..5
     * @param m the monetary score, 1..5
     * @return {@code (f + m + 1) / 2} in integer arithmetic, 1..5
     * @throws IllegalArgumentException if a score is outside 1..5
     */
    public static int fmScore(int f, int m) {
        if (f < ScoreRange.MIN || f > ScoreRange.MAX || m < ScoreRange.MIN || m > ScoreRange.MAX) {
            throw new IllegalArgumentException("F and M scores run from 1 to 5; got F = " + f + " and M = " + m
                    + ".");
        }
        return (f + m + 1) / 2;
    }

    /**
     * Counts the customers in each cell of the R × FM grid.
     *
     * @param scored a table with the int columns {@value #R_SCORE} and {@value #FM_SCORE}, as {@link #score} makes it
     * @return {@code counts[r - 1][fm - 1]}: how many customers have recency score r and FM score fm
     * @throws IllegalArgumentException if a score column is missing, not int, or holds a missing value or a value
     *     outside 1..5
     */
    public static int[][] cellCounts(Table scored) {
        IntColumn r = scoreColumn(scored, R_SCORE);
        IntColumn fm = scoreColumn(scored, FM_SCORE);
        int[][] counts = new int[ScoreRange.MAX][ScoreRange.MAX];
        for (int i = 0; i < scored.rowCount(); i++) {
            counts[r.getInt(i) - 1][fm.getInt(i) - 1]++;
        }
        return counts;
    }

    /**
     * Reads a score column, checking that every value is a score 1..5.
     *
     * @throws IllegalArgumentException naming the column and the row if it is missing, not int or out of range
     */
    static IntColumn scoreColumn(Table scored, String name) {
        if (!scored.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + scored.name() + "' has no column '" + name + "'; score "
                    + "the customers first with RfmScores.score(table). Columns: " + scored.columnNames());
        }
        Column<?> column = scored.column(name);
        if (!(column instanceof IntColumn scores)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + scored.name() + "' is "
                    + column.type().name().toLowerCase() + "; RFM scores are int columns 1..5 as "
                    + "RfmScores.score makes them.");
        }
        for (int i = 0; i < scores.size(); i++) {
            if (scores.isMissing(i) || scores.getInt(i) < ScoreRange.MIN || scores.getInt(i) > ScoreRange.MAX) {
                throw new IllegalArgumentException("column '" + name + "' of table '" + scored.name() + "' holds "
                        + (scores.isMissing(i) ? "a missing value" : scores.getInt(i)) + " in row " + i
                        + "; RFM scores run from 1 to 5. Score the customers with RfmScores.score(table).");
            }
        }
        return scores;
    }

    /** The number of values smaller than {@code value} in {@code sorted}: the index of its first occurrence. */
    private static int firstIndexOf(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double[] values(Table customers, String name, String meaning, boolean nonNegative) {
        if (!customers.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + customers.name() + "' has no column '" + name + "' for "
                    + meaning + ". Columns: " + customers.columnNames() + ". Name your columns with "
                    + "RfmScores.score(table, recency, frequency, monetary).");
        }
        Column<?> column = customers.column(name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + customers.name() + "' ("
                    + meaning + ") is " + column.type().name().toLowerCase() + ", not numeric; RFM scores need "
                    + "numbers. Convert the column, or name the numeric column that holds " + meaning + ".");
        }
        double[] values = new double[numeric.size()];
        for (int i = 0; i < values.length; i++) {
            if (numeric.isMissing(i)) {
                throw new IllegalArgumentException("column '" + name + "' (" + meaning + ") has a missing value in "
                        + "row " + i + " (" + numeric.countMissing() + " missing in all); every customer needs a "
                        + "value. Drop or fill those rows before scoring.");
            }
            double value = numeric.getDouble(i);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("column '" + name + "' (" + meaning + ") holds " + value
                        + " in row " + i + "; RFM scores need finite numbers. Fix or drop that row.");
            }
            if (nonNegative && value < 0) {
                throw new IllegalArgumentException("column '" + name + "' (" + meaning + ") holds " + value
                        + " in row " + i + ", but it cannot be negative"
                        + (meaning.startsWith("recency")
                                ? " (a last purchase after the snapshot date?); check the snapshot date."
                                : "; check how the column was computed."));
            }
            values[i] = value;
        }
        return values;
    }
}
