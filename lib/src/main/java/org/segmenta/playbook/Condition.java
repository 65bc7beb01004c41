package org.segmenta.playbook;

import java.util.Objects;
import org.segmenta.naming.Level;

/**
 * One test in a playbook rule: a segment's {@link Level} (Low / Mid / High against the tertiles of all customers) on a
 * feature. The feature is named through a {@link Role} (so the rule works on any table whose columns are mapped) or
 * directly by column name.
 *
 * <pre>{@code
 * Condition.role(Role.INCOME, Level.HIGH)       // "income is High"
 * Condition.column("Age", Level.LOW)            // "Age is Low"
 * }</pre>
 */
public sealed interface Condition {

    /** @return the level the feature must have */
    Level level();

    /** @return the condition in words, e.g. "income is High" */
    String describe();

    /**
     * @param role the role whose column is tested
     * @param level the level the segment must have on it
     * @return a condition on the column that plays {@code role}; it is not met when no column plays the role
     */
    static Condition role(Role role, Level level) {
        return new OnRole(role, level);
    }

    /**
     * @param column a column that must be profiled as numeric
     * @param level the level the segment must have on it
     * @return a condition on column {@code column}
     */
    static Condition column(String column, Level level) {
        return new OnColumn(column, level);
    }

    /**
     * A condition on a role.
     *
     * @param role the role
     * @param level the level required
     */
    record OnRole(Role role, Level level) implements Condition {
        /** Checks that both parts are given. */
        public OnRole {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public String describe() {
            return role.words() + " is " + level.word();
        }
    }

    /**
     * A condition on a named column.
     *
     * @param column the column's name
     * @param level the level required
     */
    record OnColumn(String column, Level level) implements Condition {
        /** Checks that both parts are given. */
        public OnColumn {
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("a condition needs a column name; got a blank one");
            }
            Objects.requireNonNull(level, "level");
        }

        @Override
        public String describe() {
            return column + " is " + level.word();
        }
    }
}
