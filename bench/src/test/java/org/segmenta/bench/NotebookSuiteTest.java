package org.segmenta.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookSuiteTest {

    @TempDir
    Path root;

    private void notebook(String path, String kernelspec) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        String metadata = kernelspec == null ? "{}"
                : "{\n  \"kernelspec\": {\n   \"display_name\": \"Java\",\n   \"language\": \"java\",\n   \"name\": \""
                        + kernelspec + "\"\n  }\n }";
        Files.writeString(file, "{\n \"cells\": [],\n \"metadata\": " + metadata + ",\n \"nbformat\": 4\n}\n");
    }

    @Test
    void theSuiteIsTheSegmentaNotebooksOfBothFoldersWithoutTheSparkChapter() throws IOException {
        notebook("notebooks/01-b.ipynb", "segmenta");
        notebook("notebooks/00-a.ipynb", "segmenta");
        notebook("notebooks/09-at-scale.ipynb", "segmenta-spark");
        notebook("notebooks/10-c.ipynb", null);
        notebook("notebooks/solutions/course-solutions.ipynb", "segmenta");
        Files.writeString(root.resolve("notebooks/README.md"), "not a notebook");
        assertEquals(List.of(root.resolve("notebooks/00-a.ipynb"), root.resolve("notebooks/01-b.ipynb"),
                root.resolve("notebooks/10-c.ipynb"), root.resolve("notebooks/solutions/course-solutions.ipynb")),
                NotebookSuite.notebooks(root));
        BenchCase c = NotebookSuite.benchCase(root);
        assertEquals(4, c.rows());
        assertTrue(c.title().startsWith("notebook suite to HTML (4 notebooks, kernel segmenta"), c.title());
    }

    @Test
    void theCommandPrintsTheVersionLineThenRunsTheRunnerOnEveryNotebook() throws IOException {
        notebook("notebooks/00-a.ipynb", "segmenta");
        notebook("notebooks/09-at-scale.ipynb", "segmenta-spark");
        List<String> command = NotebookSuite.command(Path.of("/usr/bin/python3"), root);
        assertEquals(List.of("/usr/bin/python3", root.resolve("environment/run_notebooks.py").toString(), "--index",
                "--out", root.resolve("build/bench-notebooks").toString(), root.resolve("notebooks/00-a.ipynb")
                        .toString()), command.subList(5, command.size()));
        assertTrue(command.get(4).startsWith(ChildReport.PREFIX + "version "), command.get(4));
    }

    @Test
    void fewerThanTwoNotebooksIsAnError() throws IOException {
        notebook("notebooks/09-at-scale.ipynb", "segmenta-spark");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NotebookSuite.benchCase(root));
        assertTrue(e.getMessage().contains("found 0"), e.getMessage());
    }
}
