package org.segmenta.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the display helper finds each kernel's entry points by their real class names and calls them with the
 * signatures of the kernels' sources (rapaio-jupyter-kernel 3.0.1, IJava 1.3.0 with jupyter-jvm-basekernel 2.3,
 * JJava's BaseNotebookStatics and BaseKernel): the whole bundle, text form included, through the kernel's own
 * {@code DisplayData} where the kernel has it, else the older single-type {@code display} calls of
 * ../shared/KERNELS.md. Stand-in classes with those names and signatures are compiled at test time into their own class
 * loader; they record the calls they receive.
 */
class KernelDisplayTest {

    private static final String RECORDER = "public static final java.util.List<Object[]> CALLS = new java.util.ArrayList<>();\n";

    private static final String RAPAIO_GLOBAL = """
            package org.rapaio.jupyter.kernel.global;
            public final class Global {
              %s
              public static String display(Object value) { CALLS.add(new Object[] {value}); return "id-1"; }
              public static String display(String mime, Object value) { CALLS.add(new Object[] {mime, value}); return "id-2"; }
            }
            """.formatted(RECORDER);

    private static final String RAPAIO_DATA = """
            package org.rapaio.jupyter.kernel.display;
            public class DisplayData {
              public final java.util.Map<String, Object> data = new java.util.HashMap<>();
              protected DisplayData() { }
              public static DisplayData fromText(String text) { DisplayData d = new DisplayData(); d.putText(text); return d; }
              public void putText(String text) { putData("text/plain", text); }
              public void putData(String mime, Object value) { data.put(mime, value); }
            }
            """;

    private static final String RAPAIO_KERNEL = """
            package org.rapaio.jupyter.kernel.core;
            public class RapaioKernel {
              %s
              public void display(org.rapaio.jupyter.kernel.display.DisplayData dd) { CALLS.add(new Object[] {dd.data}); }
            }
            """.formatted(RECORDER);

    private static final String RAPAIO_MAIN = """
            package org.rapaio.jupyter.kernel;
            public class MainApp {
              public static final org.rapaio.jupyter.kernel.core.RapaioKernel kernel = new org.rapaio.jupyter.kernel.core.RapaioKernel();
            }
            """;

    private static final String IJAVA_DISPLAY = """
            package io.github.spencerpark.ijava.runtime;
            import io.github.spencerpark.jupyter.kernel.display.DisplayData;
            public final class Display {
              %s
              public static DisplayData render(Object value, String... as) { return new DisplayData(String.valueOf(value)); }
              public static String display(Object value, String... as) { CALLS.add(new Object[] {value, as}); return "id"; }
            }
            """.formatted(RECORDER);

    private static final String IJAVA_DATA = """
            package io.github.spencerpark.jupyter.kernel.display;
            public class DisplayData {
              public final java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
              public DisplayData(String textData) { putText(textData); }
              public void putText(String text) { putData("text/plain", text); }
              public void putData(String mime, Object value) { data.put(mime, value); }
            }
            """;

    private static final String IJAVA_BASE_KERNEL = """
            package io.github.spencerpark.jupyter.kernel;
            public abstract class BaseKernel {
              %s
              public void display(io.github.spencerpark.jupyter.kernel.display.DisplayData data) { CALLS.add(new Object[] {data.data}); }
            }
            """.formatted(RECORDER);

    private static final String IJAVA_JAVA_KERNEL = """
            package io.github.spencerpark.ijava;
            public class JavaKernel extends io.github.spencerpark.jupyter.kernel.BaseKernel { }
            """;

    private static final String IJAVA_KERNEL = """
            package io.github.spencerpark.ijava.runtime;
            public class Kernel {
              public static io.github.spencerpark.ijava.JavaKernel instance = new io.github.spencerpark.ijava.JavaKernel();
              public static io.github.spencerpark.ijava.JavaKernel getKernelInstance() { return instance; }
            }
            """;

    private static final String JJAVA_STATICS = """
            package org.dflib.jjava.jupyter.kernel;
            import org.dflib.jjava.jupyter.kernel.display.DisplayData;
            public class BaseNotebookStatics {
              %s
              public static DisplayData render(Object value, String... as) { return new DisplayData(String.valueOf(value)); }
              public static String display(Object value, String... as) { CALLS.add(new Object[] {value, as}); return "id"; }
            }
            """.formatted(RECORDER);

    private static final String JJAVA_DATA = IJAVA_DATA.replace("io.github.spencerpark.jupyter.kernel.display",
            "org.dflib.jjava.jupyter.kernel.display");

    private static final String JJAVA_KERNEL = """
            package org.dflib.jjava.jupyter.kernel;
            public class BaseKernel {
              %s
              private static final BaseKernel KERNEL = new BaseKernel();
              public static BaseKernel notebookKernel() { return KERNEL; }
              public void display(org.dflib.jjava.jupyter.kernel.display.DisplayData data) { CALLS.add(new Object[] {data.data}); }
            }
            """.formatted(RECORDER);

    private static final DisplayBundle HTML = DisplayBundle.html("<b>hi</b>", "hi");

    @TempDir
    Path dir;

    /** Compiles the stand-in classes (class name → source) together into a fresh class loader. */
    private ClassLoader loaderWith(Map<String, String> sources) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = dir.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, arguments.toArray(String[]::new));
        assertEquals(0, status, "stand-in kernel classes did not compile");
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> calls(ClassLoader loader, String className) throws ReflectiveOperationException {
        return (List<Object[]>) Class.forName(className, true, loader).getField("CALLS").get(null);
    }

    private static BufferedImage image() {
        return new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void rapaioGetsTheWholeBundleThroughItsKernelsDisplayData() throws Exception {
        ClassLoader loader = loaderWith(Map.of(KernelDisplay.RAPAIO_CLASS, RAPAIO_GLOBAL,
                KernelDisplay.RAPAIO_DATA_CLASS, RAPAIO_DATA, "org.rapaio.jupyter.kernel.core.RapaioKernel",
                RAPAIO_KERNEL, KernelDisplay.RAPAIO_MAIN_CLASS, RAPAIO_MAIN));

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.show(HTML);
        DisplayBundle png = DisplayBundle.png(image(), "[image 2×2 px]");
        display.show(png);

        assertEquals("rapaio", display.kernelName());
        List<Object[]> shown = calls(loader, "org.rapaio.jupyter.kernel.core.RapaioKernel");
        assertEquals(Map.of("text/html", "<b>hi</b>", "text/plain", "hi"), shown.get(0)[0]);
        assertEquals(Map.of("image/png", png.data(), "text/plain", "[image 2×2 px]"), shown.get(1)[0]);
        assertTrue(calls(loader, KernelDisplay.RAPAIO_CLASS).isEmpty(), "Global.display was used as well");
    }

    @Test
    void anOlderRapaioGetsHtmlWithItsMimeTypeFirstAndImagesAsObjects() throws Exception {
        ClassLoader loader = loaderWith(Map.of(KernelDisplay.RAPAIO_CLASS, RAPAIO_GLOBAL));

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.show(HTML);
        display.show(DisplayBundle.png(image(), "img"));

        List<Object[]> calls = calls(loader, KernelDisplay.RAPAIO_CLASS);
        assertArrayEquals(new Object[] {"text/html", "<b>hi</b>"}, calls.get(0));
        assertEquals(1, calls.get(1).length);
        BufferedImage sent = assertInstanceOf(BufferedImage.class, calls.get(1)[0]);
        assertEquals(2, sent.getWidth());
    }

    @Test
    void ijavaGetsTheWholeBundleThroughItsKernelInstance() throws Exception {
        ClassLoader loader = loaderWith(Map.of(KernelDisplay.IJAVA_CLASS, IJAVA_DISPLAY,
                "io.github.spencerpark.jupyter.kernel.display.DisplayData", IJAVA_DATA,
                "io.github.spencerpark.jupyter.kernel.BaseKernel", IJAVA_BASE_KERNEL,
                "io.github.spencerpark.ijava.JavaKernel", IJAVA_JAVA_KERNEL, KernelDisplay.IJAVA_KERNEL_CLASS,
                IJAVA_KERNEL));

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.show(HTML);

        assertEquals("IJava", display.kernelName());
        List<Object[]> shown = calls(loader, "io.github.spencerpark.jupyter.kernel.BaseKernel");
        assertEquals(Map.of("text/plain", "hi", "text/html", "<b>hi</b>"), shown.get(0)[0]);
        assertTrue(calls(loader, KernelDisplay.IJAVA_CLASS).isEmpty(), "Display.display was used as well");
    }

    @Test
    void ijavaWithoutAKernelInstanceFallsBackToDisplayWithTheMimeType() throws Exception {
        ClassLoader loader = loaderWith(Map.of(KernelDisplay.IJAVA_CLASS, IJAVA_DISPLAY,
                "io.github.spencerpark.jupyter.kernel.display.DisplayData", IJAVA_DATA,
                "io.github.spencerpark.jupyter.kernel.BaseKernel", IJAVA_BASE_KERNEL,
                "io.github.spencerpark.ijava.JavaKernel", IJAVA_JAVA_KERNEL, KernelDisplay.IJAVA_KERNEL_CLASS,
                IJAVA_KERNEL));
        Class.forName(KernelDisplay.IJAVA_KERNEL_CLASS, true, loader).getField("instance").set(null, null);

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.show(HTML);
        display.show(DisplayBundle.png(image(), "img"));

        List<Object[]> calls = calls(loader, KernelDisplay.IJAVA_CLASS);
        assertEquals("<b>hi</b>", calls.get(0)[0]);
        assertArrayEquals(new String[] {"text/html"}, (String[]) calls.get(0)[1]);
        assertInstanceOf(BufferedImage.class, calls.get(1)[0]);
        assertArrayEquals(new String[] {"image/png"}, (String[]) calls.get(1)[1]);
    }

    @Test
    void jjavaIsRecognisedByItsOwnClassesAndGetsTheWholeBundle() throws Exception {
        ClassLoader loader = loaderWith(Map.of(KernelDisplay.JJAVA_CLASS, JJAVA_STATICS,
                "org.dflib.jjava.jupyter.kernel.display.DisplayData", JJAVA_DATA, KernelDisplay.JJAVA_KERNEL_CLASS,
                JJAVA_KERNEL));

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.show(HTML);

        assertEquals("JJava", display.kernelName());
        assertEquals(Map.of("text/plain", "hi", "text/html", "<b>hi</b>"),
                calls(loader, KernelDisplay.JJAVA_KERNEL_CLASS).get(0)[0]);
        assertTrue(calls(loader, KernelDisplay.JJAVA_CLASS).isEmpty(), "display(Object, String...) was used as well");
    }

    @Test
    void withoutAnyKernelClassThePlainTextIsPrinted() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        KernelDisplay display = KernelDisplay.detect(List.of(getClass().getClassLoader()), out);
        display.show(HTML);
        display.show(DisplayBundle.png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "an image"));

        assertInstanceOf(KernelDisplay.Console.class, display);
        assertEquals("hi\nan image\n", buffer.toString(StandardCharsets.UTF_8));
    }
}
