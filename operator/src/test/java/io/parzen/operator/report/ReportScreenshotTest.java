package io.parzen.operator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.LocalObjectStore;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The demo study's report in a real headless browser, through
 * {@code src/test/sh/report-screenshot.sh}: skipped where chromium is not installed. The report
 * and the screenshot are kept under {@code target/report-demo/} to look at (the study's store in
 * {@code store/}, for trying the commands on).
 */
class ReportScreenshotTest {
    static final Path DEMO = Path.of("target", "report-demo");

    @Test
    void chromiumRendersTheReport() throws IOException, InterruptedException {
        deleteRecursively(DEMO);
        LocalObjectStore local = new LocalObjectStore(DEMO.resolve("store"));
        DemoStudy.write(local);
        ReportWriter.Written written = new ReportWriter(local)
                .write(DemoStudy.STUDY, ReportOptions.defaults(), DEMO.resolve("report"), Instant.parse("2025-01-02T03:04:05Z"));
        assertTrue(written.plan().best().isPresent(), "the demo study has a best trial");
        assertEquals(2, written.plan().weights().size(), "best and baseline-like panels");
        Assumptions.assumeTrue(onPath("chromium"), "chromium is not installed");

        Path screenshot = DEMO.resolve("screenshot.png").toAbsolutePath();
        Process p = new ProcessBuilder("bash", "src/test/sh/report-screenshot.sh",
                written.localIndex().toString(), screenshot.toString(), "1400,4000")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), output);
        BufferedImage shot = ImageIO.read(screenshot.toFile());
        assertEquals(1400, shot.getWidth());
        assertEquals(4000, shot.getHeight());
        assertTrue(colours(shot) > 200, "the page shows charts, not a blank or error page");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
