package org.segmenta.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmenta.naming.SegmentNames;
import org.segmenta.profiling.SegmentProfiles;
import org.segmenta.testing.TinyCustomers;
import tech.tablesaw.api.Table;

/** Reference values are worked out by hand in {@link TinyCustomers}. */
class SegmentProfilesTableTest {

    private static final SegmentNames NAMES = SegmentNames.of(List.of("Big", "Small"));
    private static final double EPS = 1e-12;

    private static Table exported() {
        return SegmentProfilesTable.of(SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(),
                List.of(TinyCustomers.SPEND), List.of(TinyCustomers.GENDER)), NAMES);
    }

    @Test
    void hasOneRowPerNamedSegmentAndNoAllCustomersRow() {
        Table table = exported();

        assertEquals(List.of("segment", "segment_name", "customers", "share (%)", "mean: spend", "median: spend",
                "difference (sd): spend", "share (%): gender = M", "share (%): gender = F"), table.columnNames());
        assertEquals(List.of(1, 2), table.intColumn("segment").asList());
        assertEquals(List.of("Big", "Small"), table.stringColumn("segment_name").asList());
        assertEquals(List.of(4, 3), table.intColumn("customers").asList());
    }

    @Test
    void numbersAreTheHandWorkedProfilesAtFullPrecision() {
        Table table = exported();
        double sd = Math.sqrt(2800.0 / 6);

        assertEquals(400.0 / 7, table.doubleColumn("share (%)").get(0), 0);   // 4 of 7, rounded once
        assertEquals(300.0 / 7, table.doubleColumn("share (%)").get(1), 0);
        assertEquals(50, table.doubleColumn("mean: spend").get(0), EPS);
        assertEquals(20, table.doubleColumn("median: spend").get(1), EPS);
        assertEquals((30 - 40) / sd, table.doubleColumn("difference (sd): spend").get(1), EPS);
        assertEquals(25, table.doubleColumn("share (%): gender = F").get(0), EPS);   // 1 of 4
        assertEquals(200.0 / 3, table.doubleColumn("share (%): gender = F").get(1), EPS);   // 2 of 3
    }

    @Test
    void refusesNamesForAnotherNumberOfSegments() {
        SegmentProfiles profiles = SegmentProfiles.of(TinyCustomers.table(), TinyCustomers.segmentation(),
                TinyCustomers.SPEND);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentProfilesTable.of(profiles, SegmentNames.generic(3)));

        assertEquals("there are 3 names for 2 segments; name the segments that were profiled.", e.getMessage());
    }
}
