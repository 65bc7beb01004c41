package org.segmenta.notebook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Sends rich output ({@link DisplayBundle}: HTML or a PNG image, with its {@code text/plain} form) to whichever Java
 * Jupyter kernel is running, or prints the plain text when there is none. The kernels share no display API, so each
 * one's entry points are found by reflection:
 * <ul>
 *   <li>rapaio-jupyter-kernel: the whole bundle as an {@code org.rapaio.jupyter.kernel.display.DisplayData}
 *       ({@code fromText}, {@code putData}) sent by {@code MainApp.kernel.display(DisplayData)}; kernels without those
 *       get {@code org.rapaio.jupyter.kernel.global.Global.display(String mime, Object value)} /
 *       {@code display(Object)} (rich part only);</li>
 *   <li>IJava: the bundle as the {@code DisplayData} that {@code io.github.spencerpark.ijava.runtime.Display.render}
 *       returns (constructor with the text, {@code putData}) sent by {@code Kernel.getKernelInstance().display(...)};
 *       else {@code Display.display(Object value, String... mimeTypes)}, whose {@code text/plain} is the value's
 *       {@code toString()};</li>
 *   <li>JJava: the same through {@code org.dflib.jjava.jupyter.kernel.BaseNotebookStatics} and
 *       {@code BaseKernel.notebookKernel()}.</li>
 * </ul>
 * Nothing here asks for a display id, so no stray id line appears under the output.
 */
abstract sealed class KernelDisplay {

    static final String RAPAIO_CLASS = "org.rapaio.jupyter.kernel.global.Global";
    static final String RAPAIO_DATA_CLASS = "org.rapaio.jupyter.kernel.display.DisplayData";
    static final String RAPAIO_MAIN_CLASS = "org.rapaio.jupyter.kernel.MainApp";
    static final String IJAVA_CLASS = "io.github.spencerpark.ijava.runtime.Display";
    static final String IJAVA_KERNEL_CLASS = "io.github.spencerpark.ijava.runtime.Kernel";
    static final String JJAVA_CLASS = "org.dflib.jjava.jupyter.kernel.BaseNotebookStatics";
    static final String JJAVA_KERNEL_CLASS = "org.dflib.jjava.jupyter.kernel.BaseKernel";

    /** Shows the bundle: its rich part, with its text form as {@code text/plain} where the kernel allows. */
    abstract void show(DisplayBundle bundle);

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
        Optional<Class<?>> ijava = find(IJAVA_CLASS, loaders);
        if (ijava.isPresent()) {
            return IJavaFamily.bind(ijava.get(), "IJava", IJAVA_KERNEL_CLASS, "getKernelInstance");
        }
        Optional<Class<?>> jjava = find(JJAVA_CLASS, loaders);
        if (jjava.isPresent()) {
            return IJavaFamily.bind(jjava.get(), "JJava", JJAVA_KERNEL_CLASS, "notebookKernel");
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

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
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

    private static BufferedImage decodePng(DisplayBundle bundle) {
        try {
            return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(bundle.data())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How a kernel of the IJava family or rapaio takes a whole MIME bundle: its own {@code DisplayData} class, made
     * with the text form and filled with {@code putData(String, Object)}, handed to its kernel's
     * {@code display(DisplayData)}.
     *
     * @param create  makes a {@code DisplayData} from the text form (a constructor or a static factory)
     * @param putData {@code DisplayData.putData(String mime, Object data)}
     * @param kernel  a static method or field giving the running kernel
     * @param display the kernel's {@code display(DisplayData)}
     */
    record BundleRoute(Executable create, Method putData, Member kernel,
                       Method display) {

        /** Sends the bundle; false when the kernel instance is not there (then the caller uses its other route). */
        boolean send(DisplayBundle bundle) {
            Object kernelInstance = kernelInstance();
            if (kernelInstance == null) {
                return false;
            }
            Object data;
            try {
                data = create instanceof Constructor<?> constructor ? constructor.newInstance(bundle.plainText())
                        : ((Method) create).invoke(null, bundle.plainText());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the kernel's display data with " + create, e);
            }
            for (Map.Entry<String, String> entry : bundle.asMap().entrySet()) {
                invoke(putData, data, entry.getKey(), entry.getValue());
            }
            invoke(display, kernelInstance, data);
            return true;
        }

        private Object kernelInstance() {
            try {
                return kernel instanceof Field field ? field.get(null) : ((Method) kernel).invoke(null);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }

        /**
         * Binds the route, or returns empty when a piece is missing (another version of the kernel).
         *
         * @param dataClass   the kernel's {@code DisplayData}
         * @param create      its constructor {@code (String)} or static factory {@code (String)} name
         * @param kernelClass the class with the static kernel accessor
         * @param kernel      the accessor: a static no-argument method or a static field
         */
        static Optional<BundleRoute> bind(Class<?> dataClass, String create, Class<?> kernelClass, String kernel) {
            try {
                Executable creator = create == null ? dataClass.getConstructor(String.class)
                        : dataClass.getMethod(create, String.class);
                Method putData = dataClass.getMethod("putData", String.class, Object.class);
                Member accessor;
                Class<?> kernelType;
                Optional<Method> method = publicStaticMethod(kernelClass, kernel);
                if (method.isPresent()) {
                    accessor = method.get();
                    kernelType = method.get().getReturnType();
                } else {
                    Field field = kernelClass.getField(kernel);
                    if (!Modifier.isStatic(field.getModifiers())) {
                        return Optional.empty();
                    }
                    accessor = field;
                    kernelType = field.getType();
                }
                return Optional.of(new BundleRoute(creator, putData, accessor, kernelType.getMethod("display",
                        dataClass)));
            } catch (ReflectiveOperationException | LinkageError e) {
                return Optional.empty();
            }
        }

        private static Optional<Method> publicStaticMethod(Class<?> type, String name) {
            try {
                Method method = type.getMethod(name);
                return Modifier.isStatic(method.getModifiers()) ? Optional.of(method) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Class<?>> sibling(Class<?> known, String className) {
        return find(className, List.of(known.getClassLoader() == null ? ClassLoader.getSystemClassLoader()
                : known.getClassLoader()));
    }

    /**
     * rapaio-jupyter-kernel: the whole bundle through {@code MainApp.kernel.display(DisplayData)}; without it
     * {@code Global.display(mime, value)} for HTML and {@code Global.display(value)} for images.
     */
    static final class Rapaio extends KernelDisplay {
        private final Method displayAs;
        private final Method display;
        private final Optional<BundleRoute> bundles;

        private Rapaio(Method displayAs, Method display, Optional<BundleRoute> bundles) {
            this.displayAs = displayAs;
            this.display = display;
            this.bundles = bundles;
        }

        static Rapaio bind(Class<?> global) {
            Optional<BundleRoute> bundles = sibling(global, RAPAIO_DATA_CLASS).flatMap(data ->
                    sibling(global, RAPAIO_MAIN_CLASS).flatMap(main -> BundleRoute.bind(data, "fromText", main,
                            "kernel")));
            try {
                return new Rapaio(global.getMethod("display", String.class, Object.class),
                        global.getMethod("display", Object.class), bundles);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("this rapaio-jupyter-kernel has no display(String, Object) in "
                        + global.getName() + "; use rapaio-jupyter-kernel 3.x", e);
            }
        }

        @Override
        void show(DisplayBundle bundle) {
            if (bundles.isPresent() && bundles.get().send(bundle)) {
                return;
            }
            if (bundle.mimeType().equals(DisplayBundle.PNG)) {
                invoke(display, null, decodePng(bundle));
            } else {
                invoke(displayAs, null, bundle.mimeType(), bundle.data());
            }
        }

        @Override
        String kernelName() {
            return "rapaio";
        }
    }

    /**
     * IJava and JJava: the whole bundle as the kernel's {@code DisplayData} through its kernel instance; without it
     * {@code display(Object value, String... mimeTypes)}.
     */
    static final class IJavaFamily extends KernelDisplay {
        private final Method display;
        private final String name;
        private final Optional<BundleRoute> bundles;

        private IJavaFamily(Method display, String name, Optional<BundleRoute> bundles) {
            this.display = display;
            this.name = name;
            this.bundles = bundles;
        }

        static IJavaFamily bind(Class<?> statics, String name, String kernelClass, String kernelAccessor) {
            Method display;
            try {
                display = statics.getMethod("display", Object.class, String[].class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no display(Object, String...) in " + statics.getName(), e);
            }
            Optional<BundleRoute> bundles;
            try {
                // The DisplayData class is the one the statics' render(Object, String...) returns.
                Class<?> data = statics.getMethod("render", Object.class, String[].class).getReturnType();
                bundles = sibling(statics, kernelClass).flatMap(kernel -> BundleRoute.bind(data, null, kernel,
                        kernelAccessor));
            } catch (NoSuchMethodException e) {
                bundles = Optional.empty();
            }
            return new IJavaFamily(display, name, bundles);
        }

        @Override
        void show(DisplayBundle bundle) {
            if (bundles.isPresent() && bundles.get().send(bundle)) {
                return;
            }
            Object value = bundle.mimeType().equals(DisplayBundle.PNG) ? decodePng(bundle) : bundle.data();
            invoke(display, null, value, new String[] {bundle.mimeType()});
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
        void show(DisplayBundle bundle) {
            out.println(bundle.plainText());
        }

        @Override
        String kernelName() {
            return "none (plain text)";
        }
    }
}
