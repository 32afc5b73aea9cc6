package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.StudyPaths;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole report of the fake study, written once and inspected from several sides. */
class ReportWriterTest {
    static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    static final StudyPaths STUDY = ObjectLayout.study(FakeStudy.STUDY);

    @TempDir
    static Path folder;
    static LocalObjectStore store;
    static ReportWriter.Written written;
    static String html;

    @BeforeAll
    static void writeReport() throws IOException {
        store = new LocalObjectStore(folder.resolve("store"));
        FakeStudy.write(store);
        store.put(STUDY.reportFile("stale-chart.png"), new byte[] {1}, "image/png");
        written = new ReportWriter(store).write(FakeStudy.STUDY, ReportOptions.defaults(), folder.resolve("out"), NOW);
        html = Files.readString(written.localIndex());
    }

    @Test
    void writesTheSameFilesIntoTheStoreAndTheLocalFolder() throws IOException {
        assertEquals(folder.resolve("out").resolve("index.html"), written.localIndex());
        assertEquals("studies/seed/report/index.html", written.indexKey());
        assertEquals("index.html", written.files().get(written.files().size() - 1));
        Set<String> local = new TreeSet<>();
        try (var files = Files.list(folder.resolve("out"))) {
            files.forEach(f -> local.add(f.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(written.files()), local);
        List<String> inStore = new ArrayList<>();
        for (String key : store.list(STUDY.reportPrefix())) {
            inStore.add(key.substring(STUDY.reportPrefix().length()));
        }
        assertEquals(new TreeSet<>(written.files()), new TreeSet<>(inStore), "the stale chart is gone");
        for (String file : written.files()) {
            assertArrayEquals(Files.readAllBytes(folder.resolve("out").resolve(file)), store.get(STUDY.reportFile(file)), file);
        }
    }

    @Test
    void holdsTheExpectedCharts() {
        assertEquals(List.of(
                "objective-1-head.png", "objective-2-lr.png", "objective-3-filtersPerClass.png",
                "history.png", "learning-curves.png",
                "weights-best-1-enc1_conv1.png", "weights-best-2-head_conv.png", "stats-best.png",
                "weights-baseline-1-enc1_conv1.png", "weights-baseline-2-head_conv.png", "stats-baseline.png",
                "masks-1-tileA.png", "masks-2-tileB.png", "index.html"), written.files());
    }

    @Test
    void htmlReferencesOnlyFilesBesideIt() {
        Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        Set<String> files = new TreeSet<>();
        while (refs.find()) {
            String ref = refs.group(1);
            if (!ref.startsWith("#")) {
                assertTrue(ref.matches("[A-Za-z0-9._-]+\\.png"), "a plain local file name: " + ref);
                assertTrue(written.files().contains(ref), "written: " + ref);
                files.add(ref);
            }
        }
        assertEquals(written.files().size() - 1, files.size(), "every chart is shown");
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), "no network");
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external styles");
    }

    @Test
    void htmlHoldsTheSectionsAndOneRowPerTrial() {
        for (String id : List.of("objective", "history", "learning-curves", "weights", "masks", "trials", "problems")) {
            assertTrue(html.contains("<h2 id=\"" + id + "\">"), id);
        }
        assertTrue(html.contains("<th>trial</th><th>phase</th><th>head</th><th>lr</th><th>filtersPerClass</th>"
                + "<th>valLoss</th><th>pixel F1</th><th>object F1</th><th>best epoch</th><th>epochs</th><th>seconds</th>"
                + "<th>f1Background</th><th>f1Border</th><th>message</th></tr>"), "header: the F1 scores beside the objective");
        assertTrue(html.contains("<tr class=\"best\"><td>seed-0001</td><td class=\"phase-Succeeded\">Succeeded</td>"
                + "<td>grouped</td><td>3e-4</td><td>4</td><td class=\"num\">0.3</td><td class=\"num\">0.63</td>"
                + "<td class=\"num\">0.228</td><td class=\"num\">3</td><td class=\"num\">3</td><td class=\"num\">41.3</td>"
                + "<td class=\"num\">0.91</td><td class=\"num\">0.35</td><td class=\"message\"></td></tr>"), "best row");
        assertTrue(html.contains("<tr><td>seed-0002</td><td class=\"phase-EarlyStopped\">EarlyStopped</td><td>grouped</td>"
                + "<td>0.003</td><td>16</td><td class=\"num\">-</td><td class=\"num\">0.52</td><td class=\"num\">0.127</td>"),
                "an early-stopped trial's scores are its last epoch's");
        assertTrue(html.contains("<tr class=\"baseline\"><td>seed-0000</td>"), "baseline-like row");
        assertEquals(6, html.split("<tr", -1).length - 2, "six trial rows after the header row");
        assertTrue(html.contains("<dt>baseline-like trial</dt><dd>seed-0000 (head=baseline); rule: the best trial with "
                + "head=baseline, else the trial with the smallest filtersPerClass</dd>"));
        assertTrue(html.contains("generated 2025-01-02T03:04:05Z"));
        assertTrue(html.contains("<li>seed-0005: result.json: bad JSON"), "problems listed");
    }

    @Test
    void chartsArePngsOfThePlannedSize() throws IOException {
        for (ReportPlan.Chart chart : written.plan().charts()) {
            BufferedImage image = png(chart.file());
            if (chart.width() > 0) {
                assertEquals(chart.width(), image.getWidth(), chart.file());
                assertEquals(chart.height(), image.getHeight(), chart.file());
            }
            assertTrue(colours(image) > 4, "not blank: " + chart.file());
        }
        assertEquals(ReportPlanner.SCATTER_W, png("objective-3-filtersPerClass.png").getWidth());
        assertEquals(ReportPlanner.STATS_PANEL_H * 6, png("stats-best.png").getHeight());
    }

    @Test
    void maskRowsAreImageTruthBestAndBaselinePredictions() throws IOException {
        BufferedImage row = png("masks-1-tileA.png");
        int t = FakeStudy.TILE;
        int gap = ReportPlanner.MASK_GAP;
        assertEquals(4 * t + 3 * gap, row.getWidth());
        assertEquals(t, row.getHeight());
        int[] expected = {FakeStudy.IMAGE, FakeStudy.TRUTH, FakeStudy.BEST_PREDICTION, FakeStudy.BASELINE_PREDICTION};
        for (int p = 0; p < 4; p++) {
            int x0 = p * (t + gap);
            for (int x : new int[] {x0, x0 + t / 2, x0 + t - 1}) {
                assertEquals(expected[p], row.getRGB(x, t / 2) & 0xFFFFFF, "panel " + p + " x " + x);
            }
        }
        assertEquals(0xFFFFFF, row.getRGB(t, 0) & 0xFFFFFF, "gap");
    }

    private static BufferedImage png(String file) throws IOException {
        byte[] bytes = store.get(STUDY.reportFile(file));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4), file);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
