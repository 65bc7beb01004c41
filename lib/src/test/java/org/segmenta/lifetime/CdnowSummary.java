package org.segmenta.lifetime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The CDNOW purchases of {@code data/} turned into the BG/NBD inputs with plain Java, independently of the library:
 * one transaction per customer and day (the day's amounts summed); calibration 1997-01-01 … 1997-09-30 inclusive,
 * holdout 1997-10-01 … 1998-06-30 (39 weeks); unit weeks = days / 7;
 * {@code x} = purchase days in calibration − 1, {@code t_x} = (last day − first day) / 7,
 * {@code T} = (1997-09-30 − first day) / 7 (272 / 7 = 38.857 for a first purchase on 1997-01-01, as in Hardie's
 * published CDNOW summary), {@code m_x} = mean amount of the repeat days (first day excluded), {@code x*} = purchase
 * days in the holdout. The same rule as {@code bench/python/btyd_reference.py}.
 */
final class CdnowSummary {

    static final Path SAMPLE = Path.of("../data/cdnow_sample.csv");
    static final Path MASTER = Path.of("../data/cdnow_master.csv.gz");
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    final int[] x;
    final double[] recency;
    final double[] age;
    final double[] meanSpend;
    final int[] holdout;

    private CdnowSummary(int[] x, double[] recency, double[] age, double[] meanSpend, int[] holdout) {
        this.x = x;
        this.recency = recency;
        this.age = age;
        this.meanSpend = meanSpend;
        this.holdout = holdout;
    }

    static CdnowSummary read(Path file) {
        // customer -> (day -> summed amount), in date order
        Map<Integer, TreeMap<LocalDate, Double>> days = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"customer_id,date,cds,amount".equals(header)) {
                throw new IllegalStateException("unexpected header " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                days.computeIfAbsent(Integer.parseInt(f[0]), k -> new TreeMap<>())
                        .merge(LocalDate.parse(f[1]), Double.parseDouble(f[3]), Double::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = days.size();
        int[] x = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        int[] holdout = new int[n];
        int i = 0;
        for (TreeMap<LocalDate, Double> customer : days.values()) {
            List<LocalDate> calibration = new ArrayList<>();
            double repeatAmount = 0;
            for (Map.Entry<LocalDate, Double> day : customer.entrySet()) {
                if (day.getKey().isAfter(CALIBRATION_END)) {
                    holdout[i]++;
                } else {
                    if (!calibration.isEmpty()) {
                        repeatAmount += day.getValue();
                    }
                    calibration.add(day.getKey());
                }
            }
            LocalDate first = calibration.get(0);
            x[i] = calibration.size() - 1;
            recency[i] = ChronoUnit.DAYS.between(first, calibration.get(x[i])) / 7.0;
            age[i] = ChronoUnit.DAYS.between(first, CALIBRATION_END) / 7.0;
            spend[i] = x[i] > 0 ? repeatAmount / x[i] : 0;
            i++;
        }
        return new CdnowSummary(x, recency, age, spend, holdout);
    }

    RepeatPurchaseSummary summary() {
        return RepeatPurchaseSummary.of(TimeUnit.WEEKS, x, recency, age).withMeanSpend(meanSpend)
                .withHoldout(holdout, 39.0);
    }
}
