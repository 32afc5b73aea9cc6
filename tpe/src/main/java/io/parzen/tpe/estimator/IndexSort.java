package io.parzen.tpe.estimator;

/** A stable sort of indices by a double key, on primitive arrays (boxed comparators cost too much at 10,000 observations). */
public final class IndexSort {
    private IndexSort() {}

    /** Indices of {@code keys} in ascending key order; equal keys keep their original order. */
    public static int[] ascending(double[] keys) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n < 2 || isSorted(keys)) {
            return order;
        }
        int[] buffer = new int[n];
        mergeSort(order, buffer, 0, n, keys);
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

    private static void mergeSort(int[] a, int[] buffer, int from, int to, double[] keys) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && keys[a[j]] > keys[v]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, keys);
        mergeSort(a, buffer, mid, to, keys);
        if (keys[a[mid - 1]] <= keys[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && keys[buffer[i]] <= keys[buffer[j]])) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }
}
