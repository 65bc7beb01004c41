package org.segmenta.playbook;

import org.segmenta.profiling.ReadableNumbers;

/**
 * The assumption behind the customer-lifetime-value proxy of {@link KeyMetrics}:
 *
 * <pre>
 *   CLV proxy = (spend per customer ÷ spendPeriodYears) × horizonYears
 * </pre>
 *
 * that is, the average yearly spend times the number of years the relationship is expected to last: the simplest
 * lifetime-value model, with constant yearly revenue, no churn within the horizon and no discounting (see P. D. Berger
 * &amp; N. I. Nasr, "Customer lifetime value: marketing models and applications", Journal of Interactive Marketing
 * 12(1), 1998, for the models it simplifies). It is revenue, not profit: multiply by a margin for value. Use it to
 * compare segments, not as a forecast.
 *
 * <pre>{@code
 * ClvAssumption clv = ClvAssumption.of(2, 3);   // spend columns cover 2 years; expect 3 more years
 * }</pre>
 *
 * @param spendPeriodYears the period, in years, that the spending column covers (e.g. 2 for "amount spent in the last
 *     two years")
 * @param horizonYears the expected remaining relationship, in years
 */
public record ClvAssumption(double spendPeriodYears, double horizonYears) {

    /** Checks that both periods are positive and finite. */
    public ClvAssumption {
        if (!(spendPeriodYears > 0) || Double.isInfinite(spendPeriodYears)) {
            throw new IllegalArgumentException("the period the spend covers must be a positive number of years, got "
                    + spendPeriodYears);
        }
        if (!(horizonYears > 0) || Double.isInfinite(horizonYears)) {
            throw new IllegalArgumentException("the CLV horizon must be a positive number of years, got "
                    + horizonYears);
        }
    }

    /** @return the assumption: spend covers {@code spendPeriodYears}, relationship lasts {@code horizonYears} more */
    public static ClvAssumption of(double spendPeriodYears, double horizonYears) {
        return new ClvAssumption(spendPeriodYears, horizonYears);
    }

    /** @return the CLV proxy for a spend per customer: {@code spend ÷ spendPeriodYears × horizonYears} */
    public double clv(double spendPerCustomer) {
        return spendPerCustomer / spendPeriodYears * horizonYears;
    }

    /** @return the formula in words, for captions */
    public String describe() {
        return "CLV proxy = spend per customer ÷ " + ReadableNumbers.value(spendPeriodYears) + " year(s) covered × "
                + ReadableNumbers.value(horizonYears) + " year(s) expected ahead (undiscounted revenue, not profit)";
    }
}
