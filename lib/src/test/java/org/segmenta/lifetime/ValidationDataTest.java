package org.segmenta.lifetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The validation data of the BG/NBD model on the CDNOW sample, with the published parameters (r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426), against {@code bench/python/btyd_queries.py} (pandas 1.5.3 for the actual counts,
 * SciPy 1.10.1 for the expectations):
 * <pre>
 * group 0 customers 1411 actual mean 0.23671155209071582 expected mean 0.22545087915676984
 * group 1 customers 439 actual mean 0.6970387243735763 expected mean 0.5231761316444272
 * group 7 customers 64 actual mean 6.359375 expected mean 6.157071766779339
 * calibration x = 0 actual 1411 expected 1406.4997927021489
 * calibration x = 1 actual 439 expected 460.80757643575515
 * calibration x = 6 actual 29 expected 25.589687429608375
 * tau 39.0 actual cumulative 2462 expected 2505.1430138667624
 * tau 78.0 actual cumulative 4339 expected 4171.433582303185
 * </pre>
 */
class ValidationDataTest {

    private static final BgNbdModel PUBLISHED = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private static final RepeatPurchaseSummary SAMPLE = CdnowSummary.read(CdnowSummary.SAMPLE).summary();

    @Test
    void holdoutMeansByCalibrationFrequency() {
        HoldoutFrequencyFit fit = HoldoutFrequencyFit.of(PUBLISHED, SAMPLE, 7);

        assertArrayEquals(new String[] {"0", "1", "2", "3", "4", "5", "6", "7+"}, fit.labels());
        assertArrayEquals(new int[] {1411, 439, 214, 100, 62, 38, 29, 64}, fit.customers());
        assertEquals(0.23671155209071582, fit.actualMean()[0], 1e-14);
        assertEquals(0.6970387243735763, fit.actualMean()[1], 1e-14);
        assertEquals(6.359375, fit.actualMean()[7], 1e-14);
        assertEquals(0.22545087915676984, fit.expectedMean()[0], 1e-12);
        assertEquals(0.5231761316444272, fit.expectedMean()[1], 1e-12);
        assertEquals(6.157071766779339, fit.expectedMean()[7], 1e-12);
        assertEquals(4, fit.toTable().columnCount());
    }

    @Test
    void holdoutComparisonNeedsHoldoutCounts() {
        RepeatPurchaseSummary without = RepeatPurchaseSummary.of(TimeUnit.WEEKS, SAMPLE.frequencies(),
                SAMPLE.recencies(), SAMPLE.ages());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HoldoutFrequencyFit.of(PUBLISHED, without, 7));
        assertEquals(true, e.getMessage().contains("withHoldout"), e.getMessage());
    }

    @Test
    void calibrationFrequencyCounts() {
        CalibrationFrequencyFit fit = CalibrationFrequencyFit.of(PUBLISHED, SAMPLE, 7);

        assertArrayEquals(new int[] {1411, 439, 214, 100, 62, 38, 29, 64}, fit.actual());
        assertEquals(1406.4997927021489, fit.expected()[0], 1e-9);
        assertEquals(460.80757643575515, fit.expected()[1], 1e-9);
        assertEquals(25.589687429608375, fit.expected()[6], 1e-9);
        assertEquals(2357, java.util.Arrays.stream(fit.expected()).sum(), 1e-9);
    }

    @Test
    void cumulativeRepeatPurchasesOverTime() throws IOException {
        // Weeks since 1997-01-01: each customer's first purchase day and every later purchase day (to 1998-06-30).
        Map<Integer, TreeSet<LocalDate>> days = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(CdnowSummary.SAMPLE)) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                days.computeIfAbsent(Integer.parseInt(f[0]), k -> new TreeSet<>()).add(LocalDate.parse(f[1]));
            }
        }
        LocalDate origin = LocalDate.of(1997, 1, 1);
        double[] first = new double[days.size()];
        List<Double> repeats = new ArrayList<>();
        int i = 0;
        for (TreeSet<LocalDate> customer : days.values()) {
            first[i++] = ChronoUnit.DAYS.between(origin, customer.first()) / 7.0;
            for (LocalDate day : customer.tailSet(customer.first(), false)) {
                repeats.add(ChronoUnit.DAYS.between(origin, day) / 7.0);
            }
        }

        CumulativeRepeatPurchases curve = CumulativeRepeatPurchases.of(PUBLISHED, first,
                repeats.stream().mapToDouble(Double::doubleValue).toArray(), 1, 78);

        assertEquals(78, curve.times().length);
        assertEquals(39.0, curve.times()[38]);
        assertEquals(2462, curve.actual()[38]);
        assertEquals(4339, curve.actual()[77]);
        assertEquals(2505.1430138667624, curve.expected()[38], 1e-8);
        assertEquals(4171.433582303185, curve.expected()[77], 1e-8);
    }

    @Test
    void probabilityAliveGrid() {
        ProbabilityAliveGrid grid = ProbabilityAliveGrid.of(PUBLISHED, 20, 39, 40);

        assertEquals(21, grid.frequencies().length);
        assertEquals(0.0, grid.recencies()[0]);
        assertEquals(39.0, grid.recencies()[39]);
        assertEquals(1.0, grid.probability(0, 17));
        assertEquals(30.0, grid.recencies()[30]);
        // SciPy/numpy palive(x, 30, 39): x = 5 0.7056268471578602, x = 20 0.1968204444670386
        assertEquals(0.7056268471578602, grid.probability(5, 30), 1e-14);
        assertEquals(0.1968204444670386, grid.probability(20, 30), 1e-14);
        // t_x = T: 1 / (1 + a/(b + x − 1)) for x = 1 is b/(a+b)
        assertEquals(2.426 / 3.219, grid.probability(1, 39), 1e-15);
    }
}
