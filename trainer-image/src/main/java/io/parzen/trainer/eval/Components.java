package io.parzen.trainer.eval;

import java.util.ArrayDeque;

/**
 * 4-connected components of one class in a row-major mask: the building footprints of a tile. The
 * border class separates touching buildings, so the building class alone gives one component per
 * footprint.
 *
 * @param labels per pixel: 0 outside the class, else the component number 1..count
 * @param count number of components
 * @param sizes pixels per component, indexed by component number (index 0 unused)
 */
public record Components(int[] labels, int count, int[] sizes) {

    /** Labels the pixels of {@code cls} in a {@code width x height} mask. */
    public static Components of(byte[] mask, int width, int height, int cls) {
        if (mask.length != width * height) {
            throw new IllegalArgumentException("mask has " + mask.length + " pixels, expected " + width + "x" + height);
        }
        int[] labels = new int[mask.length];
        int count = 0;
        int[] sizes = new int[16];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < mask.length; start++) {
            if (mask[start] != cls || labels[start] != 0) {
                continue;
            }
            count++;
            if (count >= sizes.length) {
                sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
            }
            labels[start] = count;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                sizes[count]++;
                int x = p % width;
                int y = p / width;
                if (x > 0) visit(mask, labels, queue, p - 1, cls, count);
                if (x < width - 1) visit(mask, labels, queue, p + 1, cls, count);
                if (y > 0) visit(mask, labels, queue, p - width, cls, count);
                if (y < height - 1) visit(mask, labels, queue, p + width, cls, count);
            }
        }
        return new Components(labels, count, java.util.Arrays.copyOf(sizes, count + 1));
    }

    private static void visit(byte[] mask, int[] labels, ArrayDeque<Integer> queue, int p, int cls, int label) {
        if (mask[p] == cls && labels[p] == 0) {
            labels[p] = label;
            queue.add(p);
        }
    }
}
