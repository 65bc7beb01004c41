package org.segmenta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes {@code report.html} by executing the study notebook with the project's notebook runner
 * ({@code environment/run_notebooks.py --strict}, with Debian's {@code /usr/bin/python3}), the parameters passed in the
 * file named by {@value NotebookParameters#ENVIRONMENT_VARIABLE}. The page is the runner's full HTML report:
 * self-contained and offline like the chapter reports.
 *
 * <p>The project folder is the system property {@value #ROOT_PROPERTY} (set by {@code environment/segment.sh}), else
 * the environment variable {@code SEGMENTA_ROOT}, else the first folder upwards from the working directory that holds
 * the runner and the notebook.
 */
final class NotebookReport {

    /** The system property naming the project folder. */
    static final String ROOT_PROPERTY = "segmenta.root";
    /** The notebook of a customer table, relative to the project folder. */
    static final String NOTEBOOK = "notebooks/06-your-data-study.ipynb";
    /** The notebook of order lines ({@code --transactions}), relative to the project folder. */
    static final String ORDERS_NOTEBOOK = "notebooks/10-your-orders-study.ipynb";
    /**
     * The report of a study run on Apache Spark, relative to the project folder: a template executed only with the
     * parameters of {@code SparkReport} (it reads the run's outputs, never the input, so its kernel needs no Spark).
     */
    static final String SPARK_NOTEBOOK = "cli/notebooks/spark-study.ipynb";
    /** The runner, relative to the project folder. */
    static final String RUNNER = "environment/run_notebooks.py";

    private static final String PYTHON = "/usr/bin/python3";
    private static final int LOG_LINES_SHOWN = 15;

    private NotebookReport() {
    }

    /**
     * Executes the notebook for {@code study} and copies its HTML page to {@code target}.
     *
     * @throws CommandFailure if the project folder cannot be found or the notebook fails (with the end of its log)
     */
    static void write(Study study, Path target) {
        write(notebook(study), NotebookParameters.of(study), target);
    }

    /**
     * Executes {@code notebook} with {@code parameters} and copies its HTML page to {@code target}.
     *
     * @param notebook the notebook, relative to the project folder
     * @param parameters what the notebook reads from the file named by {@value NotebookParameters#ENVIRONMENT_VARIABLE}
     * @param target where the page goes
     * @throws CommandFailure if the project folder cannot be found or the notebook fails (with the end of its log)
     */
    static void write(String notebook, Map<String, Object> parameters, Path target) {
        Path root = projectRoot();
        Path work = null;
        boolean failed = true;
        try {
            work = Files.createTempDirectory("segment-report-");
            Path parameterFile = work.resolve("study.json");
            Files.write(parameterFile, Json.bytes(parameters));
            Path executed = work.resolve("executed");
            Path log = work.resolve("runner.log");
            ProcessBuilder runner = new ProcessBuilder(PYTHON, root.resolve(RUNNER).toString(), "--strict", "--out",
                    executed.toString(), root.resolve(notebook).toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            runner.environment().put(NotebookParameters.ENVIRONMENT_VARIABLE, parameterFile.toString());
            Process process = runner.start();
            // If the command is stopped (Ctrl-C), the runner and the Java kernel it started stop with it, and their
            // working folder goes.
            Path workToDelete = work;
            java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
            Thread stopRunner = new Thread(() -> {
                stopped.set(true);
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                try {
                    process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                deleteQuietly(workToDelete);
            }, "segment-stop-report");
            Runtime.getRuntime().addShutdownHook(stopRunner);
            int status;
            try {
                status = process.waitFor();
            } finally {
                removeQuietly(stopRunner);
            }
            if (stopped.get()) {
                throw new CommandFailure("stopped while making the report; nothing was written.");
            }
            Path page = executed.resolve(Path.of(notebook).getFileName().toString().replace(".ipynb", ".html"));
            if (status != 0 || !Files.isRegularFile(page)) {
                throw new CommandFailure("the report notebook " + notebook + " failed (exit status " + status + "), so "
                        + "nothing was written. Its runner said:\n" + tail(log) + "\nThe parameters are in "
                        + parameterFile + ". Run again with --no-report to get the other outputs without the report.");
            }
            Files.copy(page, target, StandardCopyOption.REPLACE_EXISTING);
            failed = false;
        } catch (IOException e) {
            throw new CommandFailure("cannot make the report: " + e + ". Run again with --no-report to get the other "
                    + "outputs without it.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while making the report", e);
        } finally {
            if (!failed) {
                deleteQuietly(work);  // a failed run's notebook and parameters stay, for inspection
            }
        }
    }

    /** @return the notebook that reports on {@code study}: the orders study for order lines, else the data study */
    static String notebook(Study study) {
        return study.fromOrders() ? ORDERS_NOTEBOOK : NOTEBOOK;
    }

    /**
     * Checks, before any work is done, that a report can be made: the project folder is found and Debian's Python is
     * there.
     *
     * @throws CommandFailure saying what is missing and that --no-report does without it
     */
    static void checkAvailable() {
        projectRoot();
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new CommandFailure(PYTHON + " is missing, and report.html is made by executing the study notebook "
                    + "with it. Run the command through bash environment/segment.sh (it installs Jupyter), or add "
                    + "--no-report.");
        }
    }

    /**
     * Checks, before any work is done, that {@code notebook} can make a report: as {@link #checkAvailable()}, and the
     * notebook is in the project folder.
     *
     * @param notebook the notebook, relative to the project folder
     * @throws CommandFailure saying what is missing and that --no-report does without it
     */
    static void checkAvailable(String notebook) {
        checkAvailable();
        Path file = projectRoot().resolve(notebook);
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("the report notebook " + file + " is missing, and report.html is made by "
                    + "executing it. Use a complete Segmenta checkout, or add --no-report.");
        }
    }

    /** @return the project folder, holding the runner and the notebook */
    static Path projectRoot() {
        String given = System.getProperty(ROOT_PROPERTY, System.getenv("SEGMENTA_ROOT"));
        if (given != null) {
            Path root = Path.of(given).toAbsolutePath().normalize();
            if (isProjectRoot(root)) {
                return root;
            }
            throw new CommandFailure("the project folder " + root + " (from " + ROOT_PROPERTY + " or SEGMENTA_ROOT) "
                    + "has no " + NOTEBOOK + " and " + RUNNER + ", needed for report.html. Point it at the Segmenta "
                    + "checkout, or run with --no-report.");
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (isProjectRoot(folder)) {
                return folder;
            }
        }
        throw new CommandFailure("cannot find the Segmenta project folder (with " + NOTEBOOK + " and " + RUNNER
                + ") to make report.html. Run the command through bash environment/segment.sh, or add --no-report.");
    }

    private static boolean isProjectRoot(Path folder) {
        return Files.isRegularFile(folder.resolve(NOTEBOOK)) && Files.isRegularFile(folder.resolve(RUNNER));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover folder in the system's temporary directory is harmless
        }
    }
}
