package org.segmenta.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.segmenta.clustering.KMeans;
import org.segmenta.clustering.Segmentation;
import org.segmenta.data.CustomerData;
import org.segmenta.features.FeatureMatrix;
import org.segmenta.features.Scaling;
import org.segmenta.projection.PcaProjection;
import org.segmenta.testing.MallData;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class InteractiveChartsTest {

    private static final String INCOME = "Annual Income (k$)";
    private static final String SCORE = "Spending Score (1-100)";
    private static final Table MALL = CustomerData.mallCustomers(MallData.FILE);
    private static final Segmentation INCOME_SCORE = KMeans.withK(5).seed(42).fit(FeatureMatrix.of(MALL, INCOME, SCORE));
    private static final FeatureMatrix THREE = FeatureMatrix.of(MALL, Scaling.STANDARD, "Age", INCOME, SCORE);
    private static final Segmentation SEGMENTS_3D = KMeans.withK(4).seed(42).fit(THREE);

    /** A trace as read back from the script: its name and its x and text arrays. */
    private record Trace(String name, List<String> x, List<String> text) {
    }

    private static final Pattern TRACE = Pattern.compile("var trace\\d+ =(.*?)\\};", Pattern.DOTALL);
    private static final Pattern X = Pattern.compile("\\bx: \\[(.*?)\\],");
    private static final Pattern TEXT = Pattern.compile("\\btext: \\[(.*?)\\],");
    private static final Pattern NAME = Pattern.compile("\\bname: '(.*?)',");

    /** Reads the traces back from the fragment's script with regular expressions, independently of the code. */
    private static Map<String, Trace> traces(String html) {
        Map<String, Trace> traces = new LinkedHashMap<>();
        Matcher trace = TRACE.matcher(html);
        while (trace.find()) {
            String body = trace.group(1);
            Matcher name = NAME.matcher(body);
            Matcher x = X.matcher(body);
            Matcher text = TEXT.matcher(body);
            assertTrue(name.find() && x.find() && text.find(), body);
            traces.put(name.group(1), new Trace(name.group(1), List.of(x.group(1).split(",")),
                    List.of(text.group(1).split("\",\""))));
        }
        return traces;
    }

    @Test
    void scatterHasOneTracePerSegmentWithItsCustomersPlusCentroids() {
        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, "mall income × score");

        Map<String, Trace> traces = traces(html);
        List<String> expected = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            expected.add("Segment " + (s + 1) + " (" + INCOME_SCORE.size(s) + ")");
        }
        expected.add("Centroids");
        assertEquals(expected, List.copyOf(traces.keySet()));
        for (int s = 0; s < 5; s++) {
            assertEquals(INCOME_SCORE.size(s), traces.get(expected.get(s)).x().size(), expected.get(s));
        }
        assertEquals(5, traces.get("Centroids").x().size());
    }

    @Test
    void scatterPlacesCustomersAtTheirFeatureValues() {
        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, "scatter");

        // Row 1 of the mall file: income 15, score 39; it is the first customer of its segment.
        Trace own = traces(html).get("Segment " + (INCOME_SCORE.segmentOf(0) + 1) + " ("
                + INCOME_SCORE.size(INCOME_SCORE.segmentOf(0)) + ")");
        assertEquals("\"15.0\"", own.x().get(0));
        assertTrue(own.text().get(0).contains("Row 1<br>Segment " + (INCOME_SCORE.segmentOf(0) + 1)), own.text().get(0));
    }

    @Test
    void hoverTextNamesTheCustomerByIdAndTheSegment() {
        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, MALL.column("CustomerID"), "ids");

        int segment = INCOME_SCORE.segmentOf(199);
        List<String> text = traces(html).get("Segment " + (segment + 1) + " (" + INCOME_SCORE.size(segment) + ")")
                .text();
        assertTrue(text.get(text.size() - 1).contains("Customer 200<br>Segment " + (segment + 1)),
                text.get(text.size() - 1));
    }

    @Test
    void pcaMapHasOneTracePerSegmentAndVarianceInTheAxisTitles() {
        String html = InteractivePcaMap.html(SEGMENTS_3D, PcaProjection.of(THREE), "mall PCA map");

        Map<String, Trace> traces = traces(html);
        assertEquals(SEGMENTS_3D.k() + 1, traces.size());
        int points = 0;
        for (int s = 0; s < SEGMENTS_3D.k(); s++) {
            points += traces.get("Segment " + (s + 1) + " (" + SEGMENTS_3D.size(s) + ")").x().size();
        }
        assertEquals(200, points);
        assertTrue(html.contains("PC1 (44.3 % of variance)"), "x axis title missing");
        assertTrue(html.contains("PC2 (33.3 % of variance)"), "y axis title missing");
    }

    @Test
    void fragmentLoadsNothingFromTheNetwork() {
        String scatter = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, "a");
        String map = InteractivePcaMap.html(SEGMENTS_3D, PcaProjection.of(THREE), "b");

        for (String html : List.of(scatter, map)) {
            assertFalse(html.contains("http"), "a URL in the fragment");
            assertFalse(html.contains("<script src"), "a script is loaded");
            assertTrue(html.contains("Plotly.newPlot("), "the fragment does not plot");
        }
    }

    @Test
    void divIdIsDerivedFromTheNameSoTheFragmentIsReproducible() {
        String first = InteractivePcaMap.html(SEGMENTS_3D, PcaProjection.of(THREE), "Mall: PCA map (k = 4)");
        String second = InteractivePcaMap.html(SEGMENTS_3D, PcaProjection.of(THREE), "Mall: PCA map (k = 4)");

        assertTrue(first.startsWith("<div id='segmenta_mall_pca_map_k_4'"), first.substring(0, 60));
        assertTrue(first.contains("document.getElementById('segmenta_mall_pca_map_k_4')"));
        assertEquals(first, second);
    }

    @Test
    void segmentsUseThePaletteColours() {
        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, "colours");

        // Okabe–Ito blue and orange, the first two segment colours.
        assertTrue(html.contains("color: '#0072B2'"), "segment 1 colour");
        assertTrue(html.contains("color: '#E69F00'"), "segment 2 colour");
    }

    @Test
    void hoverIsOnTheClosestPointEvenWithPlotlyJs1() {
        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, "hover");

        assertTrue(html.indexOf("layout.hovermode = 'closest';") < html.indexOf("Plotly.newPlot("));
        assertTrue(html.contains("layout.hovermode = 'closest';"));
    }

    @Test
    void anIdThatLooksLikeHtmlCannotEndTheScript() {
        StringColumn ids = StringColumn.create("id");
        for (int i = 0; i < 200; i++) {
            ids.append(i == 0 ? "</script><b>" : "c" + i);
        }

        String html = InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, ids, "escaped");

        assertEquals(1, html.split("</script>", -1).length - 1, "only the fragment's own closing tag");
        assertTrue(html.contains("Customer &lt;/script&gt;&lt;b&gt;"));
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, " — "));

        assertTrue(error.getMessage().contains("no letter or digit"), error.getMessage());
    }

    @Test
    void anIdColumnOfTheWrongLengthIsRefused() {
        StringColumn ids = StringColumn.create("id", "a", "b");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InteractiveSegmentScatter.html(INCOME_SCORE, INCOME, SCORE, ids, "short"));

        assertTrue(error.getMessage().contains("has 2 values"), error.getMessage());
    }

    @Test
    void anUnknownFeatureIsRefusedByName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> InteractiveSegmentScatter.html(INCOME_SCORE, "Age", SCORE, "unknown"));

        assertTrue(error.getMessage().contains("'Age'"), error.getMessage());
    }
}
