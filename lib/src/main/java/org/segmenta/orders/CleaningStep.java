package org.segmenta.orders;

/**
 * One line of a {@link CleaningReport}: a rule, how many order lines it matched in the whole file, and how many it
 * dropped (fewer when earlier rules had already dropped some of them, none when the rule is switched off).
 *
 * @param rule what the rule looks for, e.g. "cancellations (order id starts with C)"
 * @param applied whether matching lines are dropped (otherwise they are only counted)
 * @param linesMatching order lines that match the rule, among all lines read
 * @param linesDropped order lines this rule dropped that no earlier rule had dropped
 */
public record CleaningStep(String rule, boolean applied, long linesMatching, long linesDropped) {
}
