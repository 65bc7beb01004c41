package org.segmenta.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the plotly.js file that interactive charts need, so that notebooks and reports work offline: setup.sh installs
 * {@code plotly.js-dist-min} 1.58.5 from npm (the version tablesaw-jsplot's templates are written for) and points the
 * kernel at it with the environment variable {@value #ENVIRONMENT_VARIABLE}; the system property
 * {@value #SYSTEM_PROPERTY} overrides it.
 */
final class PlotlyLibrary {

    static final String ENVIRONMENT_VARIABLE = "SEGMENTA_PLOTLY_JS";
    static final String SYSTEM_PROPERTY = "segmenta.plotly.js";

    private PlotlyLibrary() {
    }

    /** @return the plotly.js file to inline */
    static Path locate() {
        String configured = System.getProperty(SYSTEM_PROPERTY, System.getenv(ENVIRONMENT_VARIABLE));
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("plotly.js is not configured: " + ENVIRONMENT_VARIABLE + " is not set. "
                    + "Run environment/setup.sh (it installs plotly.js into build/plotly/ and sets the variable in the "
                    + "'Java (segmentation)' kernel), then restart the kernel.");
        }
        Path file = Path.of(configured);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("plotly.js not found at " + file + " (from " + ENVIRONMENT_VARIABLE
                    + "). Run environment/setup.sh again, then restart the kernel.");
        }
        return file;
    }

    /**
     * @return a {@code <script>} element holding plotly.js. The library is evaluated with {@code define} hidden, so
     *     that it sets {@code window.Plotly} even in pages that load require.js (the classic notebook does).
     */
    static String scriptElement(Path file) {
        String library;
        try {
            library = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plotly.js at " + file, e);
        }
        if (library.contains("</script")) {
            throw new IllegalStateException(file + " contains '</script' and cannot be inlined");
        }
        return "<script type=\"text/javascript\">(function () { var hiddenDefine = window.define; "
                + "window.define = undefined;\n" + library + "\nwindow.define = hiddenDefine; })();</script>";
    }
}
