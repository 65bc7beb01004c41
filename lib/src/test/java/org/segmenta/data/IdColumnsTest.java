package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class IdColumnsTest {

    @Test
    void idNamesAreRecognised() {
        for (String name : new String[] {"id", "ID", "Id", "customer_id", "Customer ID", "client-id", "CustomerID",
                "customerId", "user.id"}) {
            assertTrue(IdColumns.isIdName(name), name);
        }
    }

    @Test
    void wordsEndingInIdAreNotIdNames() {
        for (String name : new String[] {"Paid", "Valid", "Liquid", "Idle", "Identity", "Kids"}) {
            assertFalse(IdColumns.isIdName(name), name);
        }
    }

    @Test
    void mallCustomerIdIsTheId() {
        Table mall = CustomerFile.read(Path.of("../data/mall_customers.csv")).text();

        assertEquals(Optional.of("CustomerID"), IdColumns.guess(mall));
    }

    @Test
    void personalityIdIsTheId() {
        Table people = CustomerFile.read(Path.of("../data/marketing_campaign.csv")).text();

        assertEquals(Optional.of("ID"), IdColumns.guess(people));
    }

    @Test
    void columnWithAnIdNameButRepeatedValuesIsNotTheId() {
        Table orders = Table.create("orders", StringColumn.create("StoreID", "1", "1", "2"),
                StringColumn.create("OrderID", "10", "11", "12"));

        assertEquals(Optional.of("OrderID"), IdColumns.guess(orders));
    }

    @Test
    void columnWithAGapIsNotTheId() {
        Table t = Table.create("t", StringColumn.create("id", "1", "", "3"));

        assertEquals(Optional.empty(), IdColumns.guess(t));
    }
}
