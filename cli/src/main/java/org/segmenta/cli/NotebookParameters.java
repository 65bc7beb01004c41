package org.segmenta.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.segmenta.choosingk.KSelection;
import org.segmenta.data.CustomerFile;
import org.segmenta.playbook.Role;

/**
 * The parameters of the study notebook ({@code notebooks/06-your-data-study.ipynb}, or {@code
 * notebooks/10-your-orders-study.ipynb} for order lines, which also gets a {@code transactions} block), as the JSON
 * file it reads from the environment variable {@value #ENVIRONMENT_VARIABLE}. Every choice the command made is passed resolved (features, k,
 * naming columns, roles), so the notebook repeats the same lib calls and gets the same segments without deciding
 * anything itself.
 */
final class NotebookParameters {

    /** The environment variable naming the parameter file. */
    static final String ENVIRONMENT_VARIABLE = "SEGMENTA_STUDY";

    private NotebookParameters() {
    }

    /** @return the parameters of {@code study}, as nested maps and lists */
    static Map<String, Object> of(Study study) {
        StudySettings settings = study.settings();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("input", settings.input().file().toAbsolutePath().normalize().toString());
        CustomerFile file = study.data().file();
        FeatureColumns columns = study.data().columns();
        p.put("delimiter", file.sheet().isPresent() ? null : String.valueOf(file.delimiter()));
        p.put("sheet", file.sheet().orElse(null));
        p.put("idColumn", columns.id().orElse(null));
        p.put("numeric", columns.numeric());
        p.put("categorical", columns.categorical());
        p.put("log1p", columns.log());
        p.put("profiled", study.data().profiled());
        p.put("impute", settings.preparation().impute().word());
        p.put("scaling", settings.preparation().scale().scaling().name());
        p.put("method", settings.clustering().method().word());
        p.put("linkage", settings.clustering().method().linkage().map(Enum::name).orElse(null));
        p.put("k", study.k());
        KSelection selection = study.segments().selection();
        p.put("kAuto", selection != null);
        p.put("minK", selection == null ? null : selection.ks()[0]);
        p.put("maxK", selection == null ? null : selection.ks()[selection.ks().length - 1]);
        p.put("seed", settings.clustering().seed());
        p.put("restarts", Study.RESTARTS);
        p.put("maxIterations", settings.clustering().maxIterations());
        p.put("silhouetteSample", Quality.silhouetteSampleFor(study.segments().features().rows()));
        p.put("naming", study.interpretation().namingColumns());
        Map<String, Object> roles = new LinkedHashMap<>();
        for (Map.Entry<Role, String> entry : study.interpretation().roles().asMap().entrySet()) {
            roles.put(entry.getKey().name(), entry.getValue());
        }
        p.put("roles", roles);
        if (study.fromOrders()) {
            p.put("transactions", transactions(study.orders()));
        }
        return p;
    }

    /** The order lines' columns and every choice about them, resolved (date format and snapshot date included). */
    private static Map<String, Object> transactions(OrderCustomers orders) {
        TransactionSettings settings = orders.settings();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("file", settings.file().toAbsolutePath().normalize().toString());
        t.putAll(settings.columnsByKey());
        t.put("dateFormat", orders.customers().datePattern().pattern());
        t.put("snapshotDate", orders.customers().snapshotDate().toString());
        t.put("dropDuplicates", settings.cleaning().dropsDuplicates());
        t.put("keepCancellations", !settings.cleaning().dropsCancellations());
        t.put("keepReturns", !settings.cleaning().dropsNonPositiveQuantities());
        t.put("keepNonPositivePrices", !settings.cleaning().dropsNonPositiveAmounts());
        t.put("calibrationEnd", settings.dates().calibrationEnd() == null ? null : settings.dates().calibrationEnd().toString());
        t.put("clvMonths", settings.lifetimeValue().months());
        t.put("discountRate", settings.lifetimeValue().monthlyDiscountRate());
        t.put("margin", settings.lifetimeValue().margin());
        t.put("unit", OrderCustomers.UNIT.name());
        t.put("topFrequency", OrderCustomers.TOP_FREQUENCY);
        return t;
    }
}
