package org.segmenta.playbook;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which column of a customer table plays which {@link Role}. Immutable: {@link #with(Role, String)} returns a copy.
 * Roles left unmapped are simply absent: rules that need them do not fire, metrics that need them are not computed.
 *
 * <pre>{@code
 * Roles mall = Roles.none()
 *         .with(Role.INCOME, "Annual Income (k$)")
 *         .with(Role.SPENDING, "Spending Score (1-100)")
 *         .with(Role.AGE, "Age");
 * }</pre>
 */
public final class Roles {

    private final Map<Role, String> columns;

    private Roles(Map<Role, String> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /** @return no role mapped */
    public static Roles none() {
        return new Roles(new EnumMap<>(Role.class));
    }

    /**
     * @return a copy in which {@code column} plays {@code role} (replacing any column mapped to it before)
     * @throws IllegalArgumentException if the column name is blank
     */
    public Roles with(Role role, String column) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("the column for role " + role + " is blank; give a column name of the "
                    + "customer table.");
        }
        Map<Role, String> more = new EnumMap<>(Role.class);
        more.putAll(columns);
        more.put(role, column);
        return new Roles(more);
    }

    /** @return the column that plays {@code role}, if one is mapped */
    public Optional<String> column(Role role) {
        return Optional.ofNullable(columns.get(role));
    }

    /** @return whether a column plays {@code role} */
    public boolean has(Role role) {
        return columns.containsKey(role);
    }

    /** @return the mapped roles and their columns, in role order */
    public Map<Role, String> asMap() {
        return columns;
    }

    /** @return {@code Role} and {@code Column}, one row per mapped role */
    public Table table() {
        StringColumn roles = StringColumn.create("Role");
        StringColumn names = StringColumn.create("Column");
        columns.forEach((role, column) -> {
            roles.append(role.words());
            names.append(column);
        });
        return Table.create("Column roles", roles, names);
    }

    @Override
    public String toString() {
        return "Roles" + columns;
    }
}
