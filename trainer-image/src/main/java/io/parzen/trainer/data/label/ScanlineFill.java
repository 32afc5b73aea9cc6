package io.parzen.trainer.data.label;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygon rasterisation by pixel-centre sampling with the even-odd rule, in pixel space.
 *
 * <p>Convention (the same as {@code gdal_rasterize} without {@code -at}): pixel {@code (col, row)}
 * belongs to a shape when its centre {@code (col + 0.5, row + 0.5)} lies inside it; a centre exactly
 * on a left or top edge is inside, on a right or bottom edge outside, so two shapes sharing an edge
 * never both claim a pixel. Even-odd over all rings handles holes and, given several nested
 * shapes, yields their symmetric difference, which is how a building's border ring is drawn.
 */
public final class ScanlineFill {

    /** Receives the filled pixels of one row: columns {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    public interface SpanSink {
        void span(int row, int from, int to);
    }

    private ScanlineFill() {}

    /** Fills the union (even-odd) of every polygon ring of the given geometries, clipped to the raster. */
    public static void fill(List<Geometry> geometries, int width, int height, SpanSink sink) {
        double[] edges = edges(geometries);
        int n = edges.length / 4;
        if (n == 0) {
            return;
        }
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < n; e++) {
            minY = Math.min(minY, Math.min(edges[4 * e + 1], edges[4 * e + 3]));
            maxY = Math.max(maxY, Math.max(edges[4 * e + 1], edges[4 * e + 3]));
        }
        int firstRow = Math.max(0, (int) Math.ceil(minY - 0.5));
        int lastRow = Math.min(height - 1, (int) Math.ceil(maxY - 0.5) - 1);
        double[] xs = new double[n];
        for (int row = firstRow; row <= lastRow; row++) {
            double yc = row + 0.5;
            int k = 0;
            for (int e = 0; e < n; e++) {
                double x0 = edges[4 * e];
                double y0 = edges[4 * e + 1];
                double x1 = edges[4 * e + 2];
                double y1 = edges[4 * e + 3];
                // Half-open in y, so a vertex on the scanline is counted once.
                if ((y0 <= yc && yc < y1) || (y1 <= yc && yc < y0)) {
                    xs[k++] = x0 + (yc - y0) * (x1 - x0) / (y1 - y0);
                }
            }
            Arrays.sort(xs, 0, k);
            for (int i = 0; i + 1 < k; i += 2) {
                int from = Math.max(0, (int) Math.ceil(xs[i] - 0.5));
                int to = Math.min(width, (int) Math.ceil(xs[i + 1] - 0.5));
                if (from < to) {
                    sink.span(row, from, to);
                }
            }
        }
    }

    /** Convenience: sets {@code value} into a row-major byte raster wherever the geometries cover. */
    public static void paint(List<Geometry> geometries, byte[] raster, int width, int height, byte value) {
        fill(geometries, width, height, (row, from, to) -> Arrays.fill(raster, row * width + from, row * width + to, value));
    }

    /** All non-horizontal edges of all polygon rings, as x0, y0, x1, y1 quadruples. */
    private static double[] edges(List<Geometry> geometries) {
        int count = 0;
        for (Geometry g : geometries) {
            count += g.getNumPoints();
        }
        double[] out = new double[4 * count];
        int k = 0;
        for (Geometry g : geometries) {
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (!(g.getGeometryN(p) instanceof Polygon poly)) {
                    continue;
                }
                for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                    Coordinate[] ring = (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r)).getCoordinates();
                    for (int i = 0; i + 1 < ring.length; i++) {
                        if (ring[i].y != ring[i + 1].y) {
                            out[k++] = ring[i].x;
                            out[k++] = ring[i].y;
                            out[k++] = ring[i + 1].x;
                            out[k++] = ring[i + 1].y;
                        }
                    }
                }
            }
        }
        return Arrays.copyOf(out, k);
    }
}
