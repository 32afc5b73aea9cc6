package io.parzen.operator.report;

import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialStatus;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes a small study "seed" through the real {@link TrialOutputWriter}, as a trainer would:
 * <pre>
 * seed-0000  head=baseline,lr=0.001                    Succeeded  0.4   3 epochs, histograms, masks (red)
 * seed-0001  head=grouped,filtersPerClass=4,lr=3e-4    Succeeded  0.3   best; histograms, masks (green)
 * seed-0002  head=grouped,filtersPerClass=16,lr=0.003  EarlyStopped via status.json, 2 epochs
 * seed-0003  head=grouped,filtersPerClass=8,lr=0.001   Running: 1 epoch, no result
 * seed-0004  head=grouped,filtersPerClass=2,lr=0.01    Failed result, 1 epoch
 * seed-0005  head=grouped,filtersPerClass=32,lr=0.001  result.json is not JSON: Unknown
 * </pre>
 * Histograms: layers enc1_conv1 and head_conv, W only, epochs 1-3. Masks: tiles tileA and tileB
 * at epoch 3, 16 px panels with 2 px gaps: image blue, truth amber, prediction the trial's colour.
 */
final class FakeStudy {
    static final String STUDY = "seed";
    static final int TILE = 16;
    static final int GAP = 2;
    static final int IMAGE = 0x1F4E9C;
    static final int TRUTH = 0xFFAA00;
    static final int BEST_PREDICTION = 0x00A000;
    static final int BASELINE_PREDICTION = 0xC00000;
    static final List<String> LAYERS = List.of("enc1_conv1", "head_conv");

    private FakeStudy() {}

    static void write(ObjectStore store) throws IOException {
        TrialOutputWriter t0 = writer(store, "seed-0000", params("head", "baseline", "lr", "0.001"));
        epochs(t0, 3, 0.40, 0.0);
        histograms(t0, 3, 0.05);
        masks(t0, 3, BASELINE_PREDICTION);
        t0.result(TrialResult.succeeded("valLoss", 0.40, 3, 3, 30.5));

        TrialOutputWriter t1 = writer(store, "seed-0001", params("head", "grouped", "filtersPerClass", "4", "lr", "0.0003"));
        epochs(t1, 3, 0.30, 0.1);
        histograms(t1, 3, 0.08);
        masks(t1, 3, BEST_PREDICTION);
        t1.result(TrialResult.succeeded("valLoss", 0.30, 3, 3, 41.25));

        TrialOutputWriter t2 = writer(store, "seed-0002", params("head", "grouped", "filtersPerClass", "16", "lr", "0.003"));
        epochs(t2, 2, 0.70, 0.0);
        store.put(ObjectLayout.trial(STUDY, "seed-0002").status(),
                new TrialStatus(TrialPhase.EARLY_STOPPED, "stopped by median at epoch 2", 2).toJson(), "application/json");

        TrialOutputWriter t3 = writer(store, "seed-0003", params("head", "grouped", "filtersPerClass", "8", "lr", "0.001"));
        epochs(t3, 1, 0.55, 0.0);

        TrialOutputWriter t4 = writer(store, "seed-0004", params("head", "grouped", "filtersPerClass", "2", "lr", "0.01"));
        epochs(t4, 1, 0.90, 0.0);
        t4.result(TrialResult.failed("loss diverged (NaN) at epoch 2", 1, 9.0));

        writer(store, "seed-0005", params("head", "grouped", "filtersPerClass", "32", "lr", "0.001"));
        store.put(ObjectLayout.trial(STUDY, "seed-0005").result(), "{not json".getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    /** The valLoss of epoch {@code e} of a trial ending at {@code last} after {@code epochs}. */
    static double valLoss(double last, int epochs, int e) {
        return last + 0.1 * (epochs - e);
    }

    private static TrialOutputWriter writer(ObjectStore store, String trial, Map<String, String> params) throws IOException {
        TrialOutputWriter w = new TrialOutputWriter(store, ObjectLayout.trial(STUDY, trial));
        w.params(params);
        return w;
    }

    private static void epochs(TrialOutputWriter w, int epochs, double lastLoss, double f1Bonus) throws IOException {
        for (int e = 1; e <= epochs; e++) {
            w.append(MetricsLine.of(e, valLoss(lastLoss, epochs, e) + 0.05, valLoss(lastLoss, epochs, e))
                    .with("f1Background", 0.9 + f1Bonus / 10)
                    .with("f1Building", 0.5 + f1Bonus + e / 100.0)
                    .with("f1Border", 0.25 + f1Bonus)
                    .with("buildingF1", 0.125 + f1Bonus + e / 1000.0)
                    .with(MetricsLine.SECONDS, 10));
        }
    }

    private static void histograms(TrialOutputWriter w, int epochs, double spread) throws IOException {
        for (int e = 1; e <= epochs; e++) {
            List<HistogramLine> lines = new ArrayList<>();
            for (int l = 0; l < LAYERS.size(); l++) {
                double s = spread * (1 + 0.3 * e) * (l + 1);
                double[] edges = new double[13];
                long[] counts = new long[12];
                for (int b = 0; b <= 12; b++) {
                    edges[b] = -3 * s + b * s / 2;
                }
                for (int b = 0; b < 12; b++) {
                    double z = (b - 5.5) / 2.5;
                    counts[b] = Math.round(1000 * Math.exp(-z * z / 2)) + (l == 1 && b == 8 ? 150L * e : 0);
                }
                lines.add(new HistogramLine(e, LAYERS.get(l), "W", edges, counts, 0.001 * e, s, 0.1 * e * l,
                        0.2 * e, 0.02 * e, e == 1 ? null : 0.01 * s / e, e == 1 ? null : 0.1 / e));
                lines.add(new HistogramLine(e, LAYERS.get(l), "b", new double[] {-0.1, 0, 0.1}, new long[] {2, 3},
                        0, 0.05, 0, 0, 0, null, null));
            }
            w.append(lines);
        }
    }

    private static void masks(TrialOutputWriter w, int epoch, int prediction) throws IOException {
        for (String tile : List.of("tileA", "tileB")) {
            w.mask(epoch, tile, panel(prediction));
        }
        w.mask(1, "tileA", panel(0xFFFFFF)); // an earlier epoch the report must not pick
    }

    /** A trainer-style mask image: image | truth | prediction, GAP white pixels between. */
    static byte[] panel(int prediction) throws IOException {
        BufferedImage img = new BufferedImage(3 * TILE + 2 * GAP, TILE, BufferedImage.TYPE_INT_RGB);
        int[] colours = {IMAGE, TRUTH, prediction};
        for (int p = 0; p < 3; p++) {
            for (int y = 0; y < TILE; y++) {
                for (int x = 0; x < TILE; x++) {
                    img.setRGB(p * (TILE + GAP) + x, y, colours[p]);
                }
            }
            if (p < 2) {
                for (int y = 0; y < TILE; y++) {
                    for (int g = 0; g < GAP; g++) {
                        img.setRGB(p * (TILE + GAP) + TILE + g, y, 0xFFFFFF);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The trial folder of a trial of the fake study. */
    static TrialPaths trial(String name) {
        return ObjectLayout.trial(STUDY, name);
    }
}
