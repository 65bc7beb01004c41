package org.segmenta.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmenta.playbook.Role;
import org.segmenta.playbook.Roles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which columns play which playbook {@link Role}, so that {@link org.segmenta.playbook.Playbook#standard()} can advise
 * on any table: roles given with {@code --role ROLE=COLUMN} are taken as they are; the others are recognised from the
 * numeric feature names.
 *
 * <p>Recognition: a name is split into lower-case words (at spaces, punctuation and lower-to-upper case changes, so
 * "NumDealsPurchases" is "num deals purchases"); each role has keywords tried in order, and a keyword matches a word
 * that starts with it (only "age" must be the whole word, so that "average" is not an age). The first keyword that
 * matches exactly one column maps the role to it; a keyword matching several columns is ambiguous and the next one is
 * tried; a role with no unambiguous match stays unmapped, and rules that need it stay silent.
 */
final class RoleGuess {

    private static final Map<Role, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(Role.INCOME, List.of("income", "salary", "earning"));
        KEYWORDS.put(Role.SPENDING, List.of("spend", "spent", "monetary", "revenue"));
        KEYWORDS.put(Role.RECENCY, List.of("recency", "recent"));
        KEYWORDS.put(Role.FREQUENCY, List.of("frequency", "purchases", "orders"));
        KEYWORDS.put(Role.DEAL_USAGE, List.of("deal", "discount", "coupon"));
        KEYWORDS.put(Role.CAMPAIGN_RESPONSE, List.of("response", "responded"));
        KEYWORDS.put(Role.TENURE, List.of("tenure", "seniority"));
        KEYWORDS.put(Role.AGE, List.of("age"));
        KEYWORDS.put(Role.CHILDREN, List.of("children", "child", "kid"));
    }

    private RoleGuess() {
    }

    /**
     * @param given roles named on the command line, with their columns
     * @param columns the numeric columns roles may be recognised among
     * @return the roles
     */
    static Roles of(Map<Role, String> given, List<String> columns) {
        Roles roles = Roles.none();
        for (Map.Entry<Role, String> entry : given.entrySet()) {
            roles = roles.with(entry.getKey(), entry.getValue().strip());
        }
        for (Map.Entry<Role, List<String>> entry : KEYWORDS.entrySet()) {
            if (roles.has(entry.getKey())) {
                continue;
            }
            for (String keyword : entry.getValue()) {
                List<String> matches = columns.stream().filter(column -> matches(column, keyword)).toList();
                if (matches.size() == 1) {
                    roles = roles.with(entry.getKey(), matches.get(0));
                    break;
                }
            }
        }
        return roles;
    }

    /** Reads the role of {@code --role ROLE=COLUMN} from its key (case ignored; a space or hyphen counts as "_"). */
    static final class KeyConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String key) {
            String normal = key.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            return Arrays.stream(Role.values()).filter(role -> role.key().equals(normal)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + key + "' is not a playbook role; roles are "
                            + String.join(", ", Arrays.stream(Role.values()).map(Role::key).toList())
                            + ". Example: --role income=\"Annual Income (k$)\"."));
        }
    }

    private static boolean matches(String column, String keyword) {
        for (String word : words(column)) {
            if (keyword.equals("age") ? word.equals(keyword) : word.startsWith(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** "NumDealsPurchases" → [num, deals, purchases]; "Annual Income (k$)" → [annual, income, k]. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
        List<String> words = new ArrayList<>();
        for (String word : spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Reads the column of {@code --role ROLE=COLUMN}: the name as written, surrounding spaces removed. */
    static final class ColumnConverter implements ITypeConverter<String> {
        @Override
        public String convert(String column) {
            return column.strip();
        }
    }
}
