package org.segmenta.playbook;

/**
 * A marketing action recommended for a segment, with the rule that fired and the reason in words.
 *
 * @param segment the segment index, {@code 0 .. k-1}
 * @param rule the name of the rule that fired
 * @param action what to do
 * @param reason why, with the segment's evidence filled in
 */
public record Recommendation(int segment, String rule, String action, String reason) {
}
