package org.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandRun.Result;

/**
 * The acceptance numbers of issue 6 on the mall data (annual income × spending score, unscaled), through the command.
 */
class MallAcceptanceTest {

    @TempDir
    Path dir;

    private JsonNode segment(String method) {
        Result result = CommandRun.segment(dir, "--input", CommandRun.MALL.toString(), "--features",
                CommandRun.INCOME_AND_SCORE, "--scale", "none", "--method", method, "--k", "5", "--out", method,
                "--no-report", "--quiet");
        assertEquals(0, result.status(), result::toString);
        return SummaryFile.read(dir.resolve(method));
    }

    @Test
    void kMeansWithFiveSegmentsHasTheReferenceWcssAndSizes() {
        JsonNode summary = segment("kmeans");

        // scikit-learn 1.2.1: KMeans(5, n_init=10, random_state=0).fit(X) on X = income, score (unscaled):
        // inertia_ 44448.4554479337, sizes sorted descending [81, 39, 35, 23, 22].
        assertEquals(44448.46, summary.get("quality").get("wcss").asDouble(), 44448.46 * 0.001);
        assertEquals(List.of(81, 39, 35, 23, 22), SummaryFile.sizes(summary));
        assertTrue(summary.get("method").get("converged").asBoolean(), summary.get("method").toString());
        assertTrue(summary.get("method").get("iterations").isInt(), summary.get("method").toString());
        assertTrue(summary.get("warnings").isArray() && summary.get("warnings").isEmpty(), summary.toString());
    }

    @Test
    void wardWithFiveSegmentsHasSciPysSizes() {
        JsonNode summary = segment("ward");

        // SciPy 1.10.1:
        //   X = np.loadtxt('data/mall_customers.csv', delimiter=',', skiprows=1, usecols=(3, 4))
        //   labels = fcluster(linkage(X, 'ward'), 5, 'maxclust')
        //   sorted(np.bincount(labels)[1:].tolist(), reverse=True)   ->   [85, 39, 32, 23, 21]
        assertEquals(List.of(85, 39, 32, 23, 21), SummaryFile.sizes(summary));
        assertEquals("Ward linkage", summary.get("method").get("description").asText());
        assertTrue(summary.get("method").get("iterations").isNull(), "a cut of a tree has no iterations");
        assertTrue(summary.get("method").get("converged").isNull(), "a cut of a tree has no convergence");
        assertTrue(summary.get("warnings").isArray() && summary.get("warnings").isEmpty(), summary.toString());
    }
}
