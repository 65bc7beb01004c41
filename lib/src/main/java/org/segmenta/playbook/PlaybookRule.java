package org.segmenta.playbook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the playbook's rule table: when every condition holds for a segment, recommend the action, with the
 * reason filled in from the segment's profile.
 *
 * <p>The reason is a template: {@code {income}}, {@code {spending}}, … (a {@link Role#key()}) or {@code {Column name}}
 * (a profiled numeric column) is replaced by the evidence for that feature, e.g. "Annual Income (k$) 86.5 vs 60.6
 * overall" (segment mean against the mean of all customers). A role key names the role's column when the role is
 * mapped, otherwise a profiled column of that name.
 *
 * <pre>{@code
 * PlaybookRule seniors = new PlaybookRule("Seniors club",
 *         List.of(Condition.role(Role.AGE, Level.HIGH)),
 *         "Invite them to the seniors' club",
 *         "Older than most customers ({age}).");
 * }</pre>
 *
 * @param name a short, unique name for the rule
 * @param conditions the conditions that must all hold; none means the rule always fires (a fallback)
 * @param action what marketing should do
 * @param reason why, as a template with placeholders in braces
 */
public record PlaybookRule(String name, List<Condition> conditions, String action, String reason) {

    /** Checks that name, action and reason are given, and copies the conditions. */
    public PlaybookRule {
        requireText(name, "name", name);
        requireText(action, "action", name);
        requireText(reason, "reason", name);
        conditions = List.copyOf(conditions);
    }

    private static void requireText(String text, String what, String rule) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("playbook rule '" + rule + "' has no " + what
                    + "; every rule needs a name, an action and a reason.");
        }
    }

    /** @return the conditions in words joined with "and", e.g. "income is High and spending is Low"; "always" if none */
    public String describeConditions() {
        return conditions.isEmpty() ? "always"
                : conditions.stream().map(Condition::describe).collect(Collectors.joining(" and "));
    }
}
