package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.segmenta.playbook.Role;
import org.segmenta.playbook.Roles;
import picocli.CommandLine.TypeConversionException;

class RoleGuessTest {

    @Test
    void namesAreSplitIntoWordsAtCaseChangesAndPunctuation() {
        assertEquals(List.of("num", "deals", "purchases"), RoleGuess.words("NumDealsPurchases"));
        assertEquals(List.of("annual", "income", "k"), RoleGuess.words("Annual Income (k$)"));
        assertEquals(List.of("spending", "score", "1", "100"), RoleGuess.words("Spending Score (1-100)"));
    }

    @Test
    void mallColumnsPlayIncomeSpendingAndAge() {
        Roles roles = RoleGuess.of(Map.of(), List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"));

        assertEquals(Map.of(Role.INCOME, "Annual Income (k$)", Role.SPENDING, "Spending Score (1-100)",
                Role.AGE, "Age"), roles.asMap());
    }

    @Test
    void ambiguousKeywordIsSkippedForTheNextOne() {
        // "purchases" matches two columns, so frequency stays unmapped; "deal" matches one.
        Roles roles = RoleGuess.of(Map.of(), List.of("NumWebPurchases", "NumDealsPurchases"));

        assertEquals(Optional.empty(), roles.column(Role.FREQUENCY));
        assertEquals(Optional.of("NumDealsPurchases"), roles.column(Role.DEAL_USAGE));
    }

    @Test
    void ageMustBeAWholeWord() {
        Roles roles = RoleGuess.of(Map.of(), List.of("Average basket", "Usage"));

        assertEquals(Optional.empty(), roles.column(Role.AGE));
    }

    @Test
    void givenRoleWinsOverRecognition() {
        Roles roles = RoleGuess.of(Map.of(Role.SPENDING, "MntWines"), List.of("Total spend", "MntWines"));

        assertEquals(Optional.of("MntWines"), roles.column(Role.SPENDING));
    }

    @Test
    void roleKeysAreReadIgnoringCaseWithSpacesAsUnderscores() {
        assertEquals(Role.DEAL_USAGE, new RoleGuess.KeyConverter().convert("Deal usage"));
    }

    @Test
    void unknownRoleKeyListsTheRoles() {
        TypeConversionException e = assertThrows(TypeConversionException.class,
                () -> new RoleGuess.KeyConverter().convert("incme"));

        assertTrue(e.getMessage().contains("income, spending, recency"), e::getMessage);
    }
}
