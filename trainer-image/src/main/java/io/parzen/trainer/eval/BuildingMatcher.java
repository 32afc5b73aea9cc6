package io.parzen.trainer.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SpaceNet building metric on one image: predicted footprints (connected components of the
 * predicted building class) are matched one-to-one to truth footprints, greedily by descending IoU,
 * and a pair counts as a true positive when its IoU is at least {@value #MIN_IOU}. As in the
 * SpaceNet challenges' scoring (CosmiQ's solaris, {@code min_area=20}), truth footprints under
 * {@value #SPACENET_MIN_AREA} pixels and predicted ones of at most {@value #SPACENET_MIN_AREA} pixels
 * are left out: specks of a few pixels are not buildings at 0.3 m a pixel.
 */
public final class BuildingMatcher {

    /** The SpaceNet threshold. */
    public static final double MIN_IOU = 0.5;
    /** The building class index. */
    public static final int BUILDING = 1;
    /** Footprint area, in pixels, below which SpaceNet's scoring ignores a footprint. */
    public static final int SPACENET_MIN_AREA = 20;

    private BuildingMatcher() {}

    /** True positives, false positives and false negatives of one image, with SpaceNet's area limit. */
    public static BuildingCounts match(byte[] truth, byte[] predicted, int width, int height) {
        return match(truth, predicted, width, height, SPACENET_MIN_AREA);
    }

    /**
     * True positives, false positives and false negatives of one image, leaving out truth footprints
     * under {@code minArea} pixels and predicted ones of at most {@code minArea} (0: none left out).
     */
    public static BuildingCounts match(byte[] truth, byte[] predicted, int width, int height, int minArea) {
        Components t = Components.of(truth, width, height, BUILDING);
        Components p = Components.of(predicted, width, height, BUILDING);
        boolean[] tKept = kept(t, size -> size >= minArea);
        boolean[] pKept = kept(p, size -> size > minArea);
        // Overlap pixels of every (truth, prediction) pair that overlaps at all.
        Map<Long, Integer> overlaps = new HashMap<>();
        int[] tl = t.labels();
        int[] pl = p.labels();
        for (int i = 0; i < tl.length; i++) {
            if (tKept[tl[i]] && pKept[pl[i]]) {
                overlaps.merge(((long) tl[i] << 32) | pl[i], 1, Integer::sum);
            }
        }
        List<double[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : overlaps.entrySet()) {
            int ti = (int) (e.getKey() >>> 32);
            int pi = (int) (long) e.getKey();
            int inter = e.getValue();
            double iou = (double) inter / (t.sizes()[ti] + p.sizes()[pi] - inter);
            if (iou >= MIN_IOU) {
                pairs.add(new double[] {iou, ti, pi});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        boolean[] tUsed = new boolean[t.count() + 1];
        boolean[] pUsed = new boolean[p.count() + 1];
        int tp = 0;
        for (double[] pair : pairs) {
            int ti = (int) pair[1];
            int pi = (int) pair[2];
            if (!tUsed[ti] && !pUsed[pi]) {
                tUsed[ti] = true;
                pUsed[pi] = true;
                tp++;
            }
        }
        return new BuildingCounts(tp, count(pKept) - tp, count(tKept) - tp);
    }

    /** Per component number (index 0, outside the class, never kept): whether its size passes. */
    private static boolean[] kept(Components c, java.util.function.IntPredicate passes) {
        boolean[] kept = new boolean[c.count() + 1];
        for (int i = 1; i <= c.count(); i++) {
            kept[i] = passes.test(c.sizes()[i]);
        }
        return kept;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            if (f) {
                n++;
            }
        }
        return n;
    }
}
