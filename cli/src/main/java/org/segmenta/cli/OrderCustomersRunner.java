package org.segmenta.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.segmenta.data.CustomerFile;
import org.segmenta.data.DataFileException;
import org.segmenta.export.LabelledCustomers;
import org.segmenta.lifetime.BgNbdModel;
import org.segmenta.lifetime.CustomerLifetimeValue;
import org.segmenta.lifetime.GammaGammaModel;
import org.segmenta.lifetime.HoldoutFrequencyFit;
import org.segmenta.lifetime.ModelFitException;
import org.segmenta.lifetime.RepeatPurchaseSummary;
import org.segmenta.orders.CustomerTable;
import org.segmenta.orders.OrderLines;
import org.segmenta.orders.RepeatPurchaseHistory;
import org.segmenta.rfm.RfmScores;
import org.segmenta.rfm.RfmSegmentMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Makes the customers of {@code --transactions}, one lib call per step: order lines to customers with the cleaning
 * report ({@link OrderLines#customers()}), RFM scores and segments ({@link RfmScores}, {@link
 * RfmSegmentMap#standard()}), the lifetime models on the whole file ({@link OrderLines#repeatPurchases()}, {@link
 * BgNbdModel}, {@link GammaGammaModel}, {@link CustomerLifetimeValue}) and, with {@code --calibration-end}, the same
 * BG/NBD fit on the calibration period checked against the holdout ({@link HoldoutFrequencyFit}).
 *
 * <p>Every problem ends the run with a {@link CommandFailure} naming the file; where the lib's exception carries a
 * fix, it names the command's option ({@link FixOptions}).
 */
final class OrderCustomersRunner {

    private final TransactionSettings settings;
    private final StepProgress progress;
    private final String fileName;

    private OrderCustomersRunner(TransactionSettings settings, StepProgress progress) {
        this.settings = settings;
        this.progress = progress;
        this.fileName = settings.file().toString();
    }

    /** @return the customers of the order lines {@code settings} describe, reporting slow steps to {@code progress} */
    static OrderCustomers run(TransactionSettings settings, StepProgress progress) {
        return new OrderCustomersRunner(settings, progress).run();
    }

    private OrderCustomers run() {
        checkIdColumnName(settings);
        OrderLines lines = settings.orderLines();
        CustomerTable customers = progress.step("reading and cleaning the order lines of " + fileName,
                () -> data(lines::customers));
        if (settings.dates().calibrationEnd() != null) {
            checkCalibrationEnd(customers);
        }
        Table rfm = lib(() -> RfmSegmentMap.standard().apply(RfmScores.score(customers.table())), "");
        RepeatPurchaseHistory history = progress.step("summarising each customer's repeat purchases",
                () -> data(lines::repeatPurchases));
        checkSameCustomers(customers, history);
        RepeatPurchaseSummary summary = lib(() -> RepeatPurchaseSummary.of(history, OrderCustomers.UNIT), "");
        BgNbdModel purchases = progress.step("fitting the BG/NBD model", () -> fit("BG/NBD",
                () -> BgNbdModel.fit(summary)));
        GammaGammaModel spend = fit("Gamma-Gamma", () -> GammaGammaModel.fit(summary));
        double[] expected = purchases.conditionalExpectedPurchases(OrderCustomers.horizon(settings), summary);
        double[] alive = purchases.probabilityAliveOfRepeatBuyers(summary);
        double[] clv = progress.step("valuing the customers", () -> fit("Gamma-Gamma", () -> CustomerLifetimeValue
                .of(purchases, spend).months(settings.lifetimeValue().months()).monthlyDiscountRate(settings.lifetimeValue().monthlyDiscountRate())
                .margin(settings.lifetimeValue().margin()).values(summary)));
        OrderCustomers.HoldoutValidation validation = settings.dates().calibrationEnd() == null ? null
                : progress.step("validating on the holdout after " + settings.dates().calibrationEnd(),
                        () -> validate(lines, customers));
        Table table = joined(rfm, expected, alive, clv);
        CustomerFile file = data(() -> CustomerFile.of(settings.file(), table));
        return new OrderCustomers(settings, customers, rfm, new OrderCustomers.Models(summary, purchases, spend,
                validation), new OrderCustomers.Predictions(expected, alive, clv), table, file);
    }

    /** The customer id keeps the input's name; it may not take the name of a column the command adds. */
    static void checkIdColumnName(TransactionSettings settings) {
        String fileName = settings.file().toString();
        List<String> taken = new ArrayList<>(OrderCustomers.COLUMNS);
        taken.addAll(List.of(RfmScores.FM_SCORE, RfmScores.RFM_CELL, LabelledCustomers.SEGMENT,
                LabelledCustomers.SEGMENT_NAME));
        for (String name : taken) {
            if (name.equalsIgnoreCase(settings.columns().customerId())) {
                throw new CommandFailure(fileName + ": the customer id column '" + settings.columns().customerId() + "' has the "
                        + "name of a column the command adds to customers.csv (" + String.join(", ", taken) + "). "
                        + "Rename that column in a copy of the file, then give it with --customer-id.");
            }
        }
    }

    /** The history's rows must be the customer table's rows, in the same order: the predictions are joined by row. */
    private void checkSameCustomers(CustomerTable customers, RepeatPurchaseHistory history) {
        Table ids = customers.table();
        Table historyIds = history.table();
        if (ids.rowCount() != historyIds.rowCount()) {
            throw new IllegalStateException(fileName + ": the repeat-purchase summary has " + historyIds.rowCount()
                    + " customers and the customer table " + ids.rowCount() + "; they must be the same customers.");
        }
        for (int row = 0; row < ids.rowCount(); row++) {
            String id = ids.getString(row, 0);
            String other = historyIds.getString(row, 0);
            if (!id.equals(other)) {
                throw new IllegalStateException(fileName + ": row " + (row + 1) + " of the customer table is customer '"
                        + id + "' but the repeat-purchase summary has customer '" + other + "'; the predictions "
                        + "cannot be joined by row.");
            }
        }
    }

    /** The calibration period must start with the data and leave a holdout of at least one day after it. */
    private void checkCalibrationEnd(CustomerTable customers) {
        LocalDate end = settings.dates().calibrationEnd();
        LocalDate first = customers.cleaning().firstPurchase();
        LocalDate last = customers.cleaning().lastPurchase();
        if (end.isBefore(first) || !end.isBefore(last)) {
            throw new CommandFailure(fileName + ": --calibration-end " + end + " is outside the data, whose purchases "
                    + "(after cleaning) run from " + first + " to " + last + "; the holdout is the time after it. "
                    + "Choose a date from " + first + " to " + last.minusDays(1) + ", e.g. --calibration-end "
                    + first.plusDays(first.until(last, java.time.temporal.ChronoUnit.DAYS) * 2 / 3) + ".");
        }
    }

    private OrderCustomers.HoldoutValidation validate(OrderLines lines, CustomerTable customers) {
        LocalDate end = settings.dates().calibrationEnd();
        LocalDate last = customers.cleaning().lastPurchase();
        RepeatPurchaseHistory history = data(() -> lines.repeatPurchases(end, last));
        RepeatPurchaseSummary calibration = lib(() -> RepeatPurchaseSummary.of(history, OrderCustomers.UNIT), "");
        BgNbdModel model = fit("BG/NBD (calibration period to " + end + ")", () -> BgNbdModel.fit(calibration));
        return new OrderCustomers.HoldoutValidation(calibration, model,
                HoldoutFrequencyFit.of(model, calibration, OrderCustomers.TOP_FREQUENCY));
    }

    /** The customer table's columns, the RFM scores and segment, then the predictions; order {@link
     * OrderCustomers#COLUMNS}. */
    private Table joined(Table rfm, double[] expected, double[] alive, double[] clv) {
        List<String> columns = new ArrayList<>();
        columns.add(rfm.column(0).name());
        columns.addAll(OrderCustomers.COLUMNS.subList(0, OrderCustomers.COLUMNS.indexOf(OrderCustomers
                .EXPECTED_PURCHASES)));
        Table table = rfm.selectColumns(columns.toArray(String[]::new));
        table.addColumns(DoubleColumn.create(OrderCustomers.EXPECTED_PURCHASES, expected),
                DoubleColumn.create(OrderCustomers.P_ALIVE, alive), DoubleColumn.create(OrderCustomers.CLV, clv));
        table.setName(settings.file().getFileName().toString());
        return table;
    }

    private <T> T fit(String model, Supplier<T> step) {
        return fit(settings, model, step);
    }

    /** Runs a model step: a model that cannot be fitted ends the run with the lib's reason and what to do. */
    static <T> T fit(TransactionSettings settings, String model, Supplier<T> step) {
        String fileName = settings.file().toString();
        try {
            return step.get();
        } catch (ModelFitException | IllegalStateException e) {
            throw new CommandFailure(fileName + ": cannot fit the " + model + " model to these customers: "
                    + e.getMessage() + " The lifetime models need customers who bought more than once: use a file "
                    + "with a longer history or more customers" + (settings.dates().calibrationEnd() == null ? ""
                    : ", or a later --calibration-end") + ".", e);
        }
    }

    /** Runs a lib step that reads the file; its message names the file, and its fix the option that applies it. */
    static <T> T data(Supplier<T> step) {
        try {
            return step.get();
        } catch (DataFileException e) {
            throw new CommandFailure(oneLine(FixOptions.message(e)), e);
        }
    }

    /** The lib's message on one line (the cleaning report it may quote has one line per rule). */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }

    /** Runs a lib step on the customers; its message about bad input gets the file name in front. */
    private <T> T lib(Supplier<T> step, String options) {
        try {
            return step.get();
        } catch (DataFileException e) {
            throw new CommandFailure(oneLine(FixOptions.message(e)), e);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(fileName + ": " + e.getMessage() + options, e);
        }
    }
}
