package org.segmenta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The notebook suite as {@code environment/report.sh} runs it: every notebook in {@code notebooks/} and
 * {@code notebooks/solutions/} that runs on the default kernelspec {@code segmenta} (the Spark chapter, kernelspec
 * {@code segmenta-spark}, is left out), executed to HTML by {@code environment/run_notebooks.py} into
 * {@code build/bench-notebooks/}, as one whole process: kernel starts, every cell, both HTML reports per notebook and the
 * index. The runner's defaults apply (as many notebooks at once as the machine has cores, each on a fresh kernel).
 */
public final class NotebookSuite {

    /** The kernelspec the suite's notebooks name (or a notebook without one runs on). */
    static final String KERNEL = "segmenta";

    /** Where the reports go, under the project root. */
    static final String OUT = "build/bench-notebooks";

    /** The goal of the lean-core issue: the whole suite, to HTML, in at most this many seconds on the 2-core machine. */
    static final double GOAL_SECONDS = 60;

    private static final Pattern KERNELSPEC_NAME =
            Pattern.compile("\"kernelspec\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]*)\"", Pattern.DOTALL);

    private NotebookSuite() {
    }

    /**
     * @param root the project root
     * @return the notebooks of {@code notebooks/} then {@code notebooks/solutions/} that run on {@link #KERNEL}, each
     *     folder in name order
     */
    public static List<Path> notebooks(Path root) {
        List<Path> suite = new ArrayList<>();
        for (Path folder : List.of(root.resolve("notebooks"), root.resolve("notebooks/solutions"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted()
                        .filter(p -> kernelOf(p).equals(KERNEL)).forEach(suite::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the notebooks in " + folder, e);
            }
        }
        return suite;
    }

    /** @return the kernelspec name in the notebook's metadata, or {@link #KERNEL} when it names none */
    static String kernelOf(Path notebook) {
        try {
            Matcher m = KERNELSPEC_NAME.matcher(Files.readString(notebook, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : KERNEL;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the notebook " + notebook, e);
        }
    }

    /**
     * @param root the project root
     * @return the case: its input is the {@code notebooks/} folder, its rows the number of notebooks
     * @throws IllegalStateException if fewer than 2 notebooks run on {@link #KERNEL}
     */
    public static BenchCase benchCase(Path root) {
        int count = notebooks(root).size();
        if (count < 2) {
            throw new IllegalStateException("the notebook suite needs at least 2 notebooks on kernelspec " + KERNEL
                    + " in " + root.resolve("notebooks") + ", found " + count);
        }
        return new BenchCase("notebook-suite", String.format(Locale.ROOT,
                "notebook suite to HTML (%d notebooks, kernel %s; the Spark chapter left out)", count, KERNEL),
                Workload.NOTEBOOK_SUITE, root.resolve("notebooks"), count, 1, 0, 0, 0, 0);
    }

    /**
     * The process to time: {@code run_notebooks.py --index --out build/bench-notebooks NOTEBOOK...} through
     * {@code python}, behind a shell line that first prints the {@link ChildReport} version line.
     */
    public static List<String> command(Path python, Path root) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "printf '%s\\n' \"$1\" && shift && exec \"$@\"", "sh",
                ChildReport.PREFIX + "version run_notebooks.py on kernelspec " + KERNEL,
                python.toString(), root.resolve("environment/run_notebooks.py").toString(), "--index", "--out",
                root.resolve(OUT).toString()));
        notebooks(root).forEach(p -> command.add(p.toString()));
        return command;
    }
}
