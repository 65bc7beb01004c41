package org.segmenta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code summary.json} written by the command, for assertions. */
final class SummaryFile {

    private SummaryFile() {
    }

    /** @return the summary in {@code out} */
    static JsonNode read(Path out) {
        try {
            return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the segment sizes of a summary, Segment 1 first */
    static List<Integer> sizes(JsonNode summary) {
        List<Integer> sizes = new ArrayList<>();
        summary.get("sizes").forEach(size -> sizes.add(size.asInt()));
        return sizes;
    }
}
