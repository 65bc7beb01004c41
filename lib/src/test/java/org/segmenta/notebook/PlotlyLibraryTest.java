package org.segmenta.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotlyLibraryTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(PlotlyLibrary.SYSTEM_PROPERTY);
    }

    @Test
    void theSystemPropertyPointsAtTheLibrary() throws Exception {
        Path file = Files.writeString(dir.resolve("plotly.min.js"), "window.Plotly = {};");
        System.setProperty(PlotlyLibrary.SYSTEM_PROPERTY, file.toString());

        assertEquals(file, PlotlyLibrary.locate());
    }

    @Test
    void aMissingFileSaysToRunSetup() {
        System.setProperty(PlotlyLibrary.SYSTEM_PROPERTY, dir.resolve("absent.js").toString());

        IllegalStateException e = assertThrows(IllegalStateException.class, PlotlyLibrary::locate);

        assertTrue(e.getMessage().contains("absent.js") && e.getMessage().contains("setup.sh"), e.getMessage());
    }

    @Test
    void theScriptHidesRequireJsDefineWhileTheLibraryLoads() throws Exception {
        Path file = Files.writeString(dir.resolve("plotly.min.js"), "LIBRARY_BODY();");

        String script = PlotlyLibrary.scriptElement(file);

        assertTrue(script.startsWith("<script"), script);
        assertTrue(script.indexOf("window.define = undefined") < script.indexOf("LIBRARY_BODY();"), script);
        assertTrue(script.indexOf("LIBRARY_BODY();") < script.indexOf("window.define = hiddenDefine"), script);
        assertTrue(script.endsWith("</script>"), script);
    }

    @Test
    void aLibraryThatWouldCloseItsScriptElementIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plotly.min.js"), "var s = '</script>';");

        assertThrows(IllegalStateException.class, () -> PlotlyLibrary.scriptElement(file));
    }
}
