package org.segmenta.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.segmenta.naming.Level;

class RoleTest {

    @Test
    void pAliveIsReadOnItsOwnScaleLowBelowAHalfHighAboveThreeQuarters() {
        assertEquals(Optional.of(Level.LOW), Role.P_ALIVE.ownLevel(0.49));
        assertEquals(Optional.of(Level.MID), Role.P_ALIVE.ownLevel(0.5));
        assertEquals(Optional.of(Level.MID), Role.P_ALIVE.ownLevel(0.75));
        assertEquals(Optional.of(Level.HIGH), Role.P_ALIVE.ownLevel(0.76));
        assertEquals(0.5, KeyMetrics.AT_RISK_BELOW, "at risk means Low on P(alive)'s own scale");
    }

    @Test
    void otherRolesTakeTheirLevelsFromTheTertiles() {
        for (Role role : Role.values()) {
            if (role != Role.P_ALIVE) {
                assertTrue(role.ownLevel(1.0).isEmpty(), role.name());
            }
        }
    }
}
