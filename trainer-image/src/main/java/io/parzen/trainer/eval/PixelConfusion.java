package io.parzen.trainer.eval;

/**
 * Pixel confusion counts of the three classes (background, building, border), accumulated over
 * tiles, with per-class IoU and F1. A class absent from both truth and prediction scores 1 (perfect
 * agreement on its absence). Not thread-safe.
 */
public final class PixelConfusion {

    /** Number of classes. */
    public static final int CLASSES = 3;

    private final long[][] counts = new long[CLASSES][CLASSES];

    /** Adds a tile: {@code truth} and {@code predicted} class indices of the same pixels. */
    public void add(byte[] truth, byte[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " pixels, prediction " + predicted.length);
        }
        for (int i = 0; i < truth.length; i++) {
            counts[truth[i]][predicted[i]]++;
        }
    }

    /** Pixels of class {@code truth} predicted as {@code predicted}. */
    public long count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** Intersection over union of class {@code c}: TP / (TP + FP + FN). */
    public double iou(int c) {
        long tp = counts[c][c];
        long union = tp + falsePositives(c) + falseNegatives(c);
        return union == 0 ? 1.0 : (double) tp / union;
    }

    /** F1 (Dice) of class {@code c}: 2 TP / (2 TP + FP + FN). */
    public double f1(int c) {
        long tp = counts[c][c];
        long denominator = 2 * tp + falsePositives(c) + falseNegatives(c);
        return denominator == 0 ? 1.0 : 2.0 * tp / denominator;
    }

    /** Fraction of pixels classified correctly. */
    public double accuracy() {
        long right = 0;
        long all = 0;
        for (int t = 0; t < CLASSES; t++) {
            for (int p = 0; p < CLASSES; p++) {
                all += counts[t][p];
                right += t == p ? counts[t][p] : 0;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    private long falsePositives(int c) {
        long n = 0;
        for (int t = 0; t < CLASSES; t++) {
            n += t == c ? 0 : counts[t][c];
        }
        return n;
    }

    private long falseNegatives(int c) {
        long n = 0;
        for (int p = 0; p < CLASSES; p++) {
            n += p == c ? 0 : counts[c][p];
        }
        return n;
    }
}
