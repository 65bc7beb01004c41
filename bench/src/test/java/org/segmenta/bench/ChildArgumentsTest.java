package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildArgumentsTest {

    @Test
    void readsBackWhatItWrites() {
        DataSet data = new DataSet("elbow", Path.of("/tmp/elbow.f64"), 200_000, 5, "blobs");
        ChildArguments arguments = new ChildArguments(BenchCase.elbow(data, 20_000, 10, 3), new Repetition(3, 3, 10),
                42);
        assertEquals(arguments, ChildArguments.parse(arguments.toArguments()));
    }

    @Test
    void rejectsAMissingKey() {
        assertThrows(IllegalArgumentException.class, () -> ChildArguments.parse(List.of("--id", "x")));
    }

    @Test
    void rejectsAKeyWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> ChildArguments.parse(List.of("--id")));
    }
}
