package io.parzen.tpe.estimator;

import java.util.Arrays;

/**
 * A stable sort of indices by a double key, on primitive arrays: boxed comparators, and even an
 * index merge sort with indirect key reads, cost too much at 10,000 observations.
 */
public final class IndexSort {
    private IndexSort() {}

    /** Indices of {@code keys} in ascending key order; equal keys (0.0 and -0.0 too) keep their original order. */
    public static int[] ascending(double[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        if (isSorted(keys)) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            return order;
        }
        // Sort the keys themselves (a primitive sort), then place each index at its key's first
        // slot plus the number of equal keys already placed: scanning indices in increasing order
        // keeps ties in their original order.
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = keys[i] + 0.0; // -0.0 becomes 0.0: one value, one group of ties
        }
        Arrays.sort(sorted);
        int[] placed = new int[n];
        for (int i = 0; i < n; i++) {
            int first = firstAtLeast(sorted, keys[i] + 0.0);
            order[first + placed[first]++] = i;
        }
        return order;
    }

    private static boolean isSorted(double[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] < keys[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static int firstAtLeast(double[] sorted, double key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
