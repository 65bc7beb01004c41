package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The holdout check of {@code --calibration-end} on the CDNOW sample, against Fader, Hardie &amp; Lee (2005), "Counting
 * your customers the easy way", Marketing Science 24(2): calibration up to 1997-09-30 (39 weeks), holdout to
 * 1998-06-30; the BG/NBD fit has r = 0.243, α = 4.414, a = 0.793, b = 2.426 and LL = −9582.4, and 1,411 of the 2,357
 * customers made no repeat purchase in the calibration period.
 */
class CdnowHoldoutTest {

    private static final Path CDNOW = Path.of("../data/cdnow_sample.csv").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theCalibrationFitIsThePublishedOne() {
        // Zero amounts are real purchases in CDNOW (the paper counts them), so they are kept.
        Result result = CommandRun.segment(dir, "--transactions", CDNOW.toString(), "--customer-id", "customer_id",
                "--date", "date", "--amount", "amount", "--keep-non-positive-prices", "--calibration-end",
                "1997-09-30", "--k", "3", "--out", "cdnow", "--no-report", "--quiet");
        assertEquals(0, result.status(), result::toString);

        JsonNode validation = SummaryFile.read(dir.resolve("cdnow")).get("models").get("validation");
        JsonNode fit = validation.get("bgNbd");
        assertEquals(0.243, fit.get("r").asDouble(), 0.0005);
        assertEquals(4.414, fit.get("alpha").asDouble(), 0.0005);
        assertEquals(0.793, fit.get("a").asDouble(), 0.0005);
        assertEquals(2.426, fit.get("b").asDouble(), 0.0005);
        assertEquals(-9582.4, fit.get("logLikelihood").asDouble(), 0.05);
        assertEquals(2357, validation.get("customers").asInt());
        assertEquals(39.0, validation.get("holdoutWeeks").asDouble(), 1e-12);
        assertEquals("0", validation.get("byCalibrationFrequency").get(0).get("calibrationFrequency").asText());
        assertEquals(1411, validation.get("byCalibrationFrequency").get(0).get("customers").asInt());
        assertEquals("7+", validation.get("byCalibrationFrequency").get(7).get("calibrationFrequency").asText());
    }
}
