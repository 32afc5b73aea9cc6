package io.parzen.operator.report;

import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialStatus;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A study that looks like a real one, for looking at the report (the screenshot test): 14 trials
 * of the seed's question (head, filtersPerClass, lr) with a loss that is best near 8 filters per
 * class, 8 epochs, two early-stopped and one running trial, four layers of weight histograms from
 * sampled weights, and 64 px mask tiles with rectangular buildings. Deterministic.
 */
final class DemoStudy {
    static final String STUDY = "quickstart";
    static final int EPOCHS = 8;
    static final int TILE = 64;
    static final List<String> LAYERS = List.of("enc1_conv1", "enc3_conv2", "dec1_conv2", "head_conv");
    private static final int[] PALETTE = {0x282828, 0xFFAA00, 0x00C8FF};

    private DemoStudy() {}

    static void write(ObjectStore store) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 14; i++) {
            boolean baseline = i == 0 || i == 5;
            int m = baseline ? 1 : 1 + random.nextInt(32);
            double lr = Math.pow(10, -4 + 2 * random.nextDouble());
            Map<String, String> params = new LinkedHashMap<>();
            params.put("head", baseline ? "baseline" : "grouped");
            if (!baseline) {
                params.put("filtersPerClass", Integer.toString(m));
            }
            params.put("lr", String.format(java.util.Locale.ROOT, "%.6f", lr));
            double finalLoss = 0.28 + 0.05 * Math.pow(Math.log((double) m / 8), 2) + 0.04 * Math.abs(Math.log10(lr / 1e-3))
                    + 0.02 * random.nextDouble();
            String name = String.format(java.util.Locale.ROOT, "%s-%04d", STUDY, i);
            TrialOutputWriter w = new TrialOutputWriter(store, ObjectLayout.trial(STUDY, name));
            w.params(params);
            boolean stopped = i == 6 || i == 10;
            int epochs = i == 13 ? 4 : stopped ? 3 : EPOCHS;
            double quality = Math.max(0, Math.min(1, (0.6 - finalLoss) / 0.3));
            for (int e = 1; e <= epochs; e++) {
                double progress = 1 - Math.exp(-e / 2.5);
                double val = finalLoss + (0.9 - finalLoss) * (1 - progress) + 0.01 * random.nextDouble();
                w.append(MetricsLine.of(e, val - 0.04, val)
                        .with("f1Background", 0.9 + 0.08 * quality * progress)
                        .with("f1Building", 0.4 + 0.45 * quality * progress)
                        .with("f1Border", 0.2 + 0.4 * quality * progress)
                        .with("buildingF1", 0.1 + 0.6 * quality * progress)
                        .with(MetricsLine.SECONDS, 20 + 2 * m + random.nextDouble()));
                w.append(histograms(e, m, random));
                if (e == epochs) {
                    for (int t = 0; t < 3; t++) {
                        w.mask(e, "AOI_2_Vegas_img" + (100 + t), mask(t, quality * progress, new SplittableRandom(t * 31L + i)));
                    }
                }
            }
            if (stopped) {
                store.put(ObjectLayout.trial(STUDY, name).status(),
                        new TrialStatus(TrialPhase.EARLY_STOPPED, "stopped by asha at rung 1 (epoch 3): valLoss 0.41 ranks 5 of the 6 trials at that rung; the best 2 (1/3) go on", 3).toJson(), "application/json");
            } else if (i != 13) {
                w.result(TrialResult.succeeded("valLoss", finalLoss, EPOCHS, EPOCHS, 180 + 15 * m));
            }
        }
    }

    private static List<HistogramLine> histograms(int epoch, int m, SplittableRandom random) {
        List<HistogramLine> lines = new ArrayList<>();
        for (int l = 0; l < LAYERS.size(); l++) {
            double std = 0.05 * (1 + l * 0.5) * (1 + 0.15 * epoch);
            double skew = l == 3 ? 0.15 * epoch : 0;
            int n = 4000;
            double[] values = new double[n];
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double g = nextGaussian(random);
                double v = std * (g + skew * (g * g - 1) / 2);
                values[i] = v;
                sum += v;
                sq += v * v;
            }
            double mean = sum / n;
            double sd = Math.sqrt(sq / n - mean * mean);
            double lo = -4 * std;
            double width = 8 * std / 30;
            double[] edges = new double[31];
            long[] counts = new long[30];
            for (int b = 0; b <= 30; b++) {
                edges[b] = lo + b * width;
            }
            double m3 = 0;
            double m4 = 0;
            for (double v : values) {
                int b = (int) Math.floor((v - lo) / width);
                counts[Math.max(0, Math.min(29, b))]++;
                double z = (v - mean) / sd;
                m3 += z * z * z;
                m4 += z * z * z * z;
            }
            lines.add(new HistogramLine(epoch, LAYERS.get(l), "W", edges, counts, mean, sd, m3 / n, m4 / n - 3, // excess kurtosis, as the trainer writes
                    0.01 * epoch * (l + 1) / (1 + m / 16.0),
                    // Wasserstein-1 between centred normals is |std_e - std_e-1| * E|Z|
                    epoch == 1 ? null : 0.05 * (1 + l * 0.5) * 0.15 * Math.sqrt(2 / Math.PI),
                    epoch == 1 ? null : 0.2 / epoch * (1 + 0.25 * l)));
        }
        return lines;
    }

    private static double nextGaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Image | truth | prediction; the prediction misses more pixels the lower {@code quality}. */
    private static byte[] mask(int tile, double quality, SplittableRandom random) throws IOException {
        int s = TILE;
        int gap = 2;
        int[] truth = new int[s * s];
        SplittableRandom layout = new SplittableRandom(tile);
        for (int b = 0; b < 4; b++) {
            int x0 = 4 + layout.nextInt(s - 24);
            int y0 = 4 + layout.nextInt(s - 24);
            int w = 10 + layout.nextInt(10);
            int h = 10 + layout.nextInt(10);
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    boolean edge = y < y0 + 2 || y >= y0 + h - 2 || x < x0 + 2 || x >= x0 + w - 2;
                    truth[y * s + x] = edge ? 2 : Math.max(truth[y * s + x], 1);
                }
            }
        }
        BufferedImage img = new BufferedImage(3 * s + 2 * gap, s, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                int c = truth[y * s + x];
                int grey = c == 0 ? 90 + random.nextInt(40) : 170 + random.nextInt(40);
                img.setRGB(x, y, (grey << 16) | (grey << 8) | (grey - 20));
                img.setRGB(s + gap + x, y, PALETTE[c]);
                int predicted = random.nextDouble() < 0.35 * (1 - quality) ? (c == 0 ? 1 : 0) : c;
                img.setRGB(2 * (s + gap) + x, y, PALETTE[predicted]);
            }
            for (int g = 0; g < gap; g++) {
                img.setRGB(s + g, y, 0xFFFFFF);
                img.setRGB(2 * s + gap + g, y, 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
