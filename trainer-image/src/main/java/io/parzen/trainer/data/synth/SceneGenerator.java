package io.parzen.trainer.data.synth;

import io.parzen.trainer.data.label.ScanlineFill;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays out a plausible Las Vegas suburb in pixel space (0.3 m pixels): a street grid at a scene-wide
 * angle, houses of 5-18 m and a few large buildings, as rectangles, L-shapes and courtyards, mostly
 * aligned with the streets, kept apart by a small gap, some crossing the image edge. Pure: the same
 * random state gives the same scene.
 */
public final class SceneGenerator {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int[][] ROOFS = {
        {1450, 1420, 1380}, {1320, 760, 560}, {640, 640, 670}, {1900, 1890, 1860}, {1180, 1040, 850}, {900, 820, 760}};
    private static final double GAP = 3;

    private SceneGenerator() {}

    /** A scene of {@code size x size} pixels; {@code empty} scenes have roads and ground only. */
    public static Scene generate(SplittableRandom rng, int size, boolean empty) {
        double brightness = uniform(rng, 0.85, 1.15);
        int[] ground = {(int) (1050 * brightness), (int) (950 * brightness), (int) (800 * brightness)};
        double gridAngle = rng.nextDouble() < 0.7 ? uniform(rng, -0.12, 0.12) : uniform(rng, 0, Math.PI / 2);
        boolean[] occupied = new boolean[size * size];
        List<Polygon> roads = new ArrayList<>();
        int roadCount = rng.nextInt(3);
        for (int i = 0; i < roadCount; i++) {
            double angle = gridAngle + (rng.nextBoolean() ? 0 : Math.PI / 2);
            double width = uniform(rng, 14, 24);
            Polygon road = rectangle(uniform(rng, 0, size), uniform(rng, 0, size), 3.0 * size, width, angle);
            roads.add(road);
            mark(rectangle(road.getCentroid().getX(), road.getCentroid().getY(), 3.0 * size, width + 12, angle), occupied, size);
        }
        List<Scene.Building> buildings = new ArrayList<>();
        if (!empty) {
            double shadowAngle = uniform(rng, 0, 2 * Math.PI);
            int target = Math.max(1, (int) Math.round(size * size / 9000.0 * uniform(rng, 0.5, 1.5)));
            for (int attempt = 0; attempt < 10 * target && buildings.size() < target; attempt++) {
                Scene.Building b = candidate(rng, size, gridAngle, shadowAngle, occupied);
                if (b != null) {
                    buildings.add(b);
                }
            }
        }
        return new Scene(size, ground, roads, buildings);
    }

    private static Scene.Building candidate(SplittableRandom rng, int size, double gridAngle, double shadowAngle,
                                            boolean[] occupied) {
        double cx = uniform(rng, -0.04 * size, 1.04 * size);
        double cy = uniform(rng, -0.04 * size, 1.04 * size);
        double shape = rng.nextDouble();
        boolean large = rng.nextDouble() < 0.15;
        double w = large ? uniform(rng, 60, 140) : uniform(rng, 18, 60);
        double h = large ? uniform(rng, 60, 140) : uniform(rng, 18, 60);
        if (shape >= 0.83) { // courtyards need room for walls and a yard
            w = uniform(rng, 50, 120);
            h = uniform(rng, 50, 120);
        }
        double angle = rng.nextDouble() < 0.85
                ? gridAngle + rng.nextInt(2) * Math.PI / 2 + uniform(rng, -0.04, 0.04)
                : uniform(rng, 0, Math.PI);
        Polygon clearance = rectangle(cx, cy, w + 2 * GAP, h + 2 * GAP, angle);
        if (overlaps(clearance, occupied, size)) {
            return null;
        }
        Polygon footprint;
        if (shape < 0.55) {
            footprint = rectangle(cx, cy, w, h, angle);
        } else if (shape < 0.83) {
            footprint = lShape(cx, cy, w, h, uniform(rng, 0.35, 0.6), uniform(rng, 0.35, 0.6), angle);
        } else {
            double wall = uniform(rng, 12, Math.min(w, h) / 3);
            footprint = courtyard(cx, cy, w, h, wall, angle);
        }
        mark(clearance, occupied, size);
        double height = uniform(rng, 3, 10) * (large ? 1.6 : 1);
        return new Scene.Building(footprint, ROOFS[rng.nextInt(ROOFS.length)],
                height * Math.cos(shadowAngle), height * Math.sin(shadowAngle), rng.nextDouble() < 0.3);
    }

    /** A w x h rectangle centred at (cx, cy), rotated by angle (radians). */
    static Polygon rectangle(double cx, double cy, double w, double h, double angle) {
        return GEOMETRY.createPolygon(ring(cx, cy, angle, -w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2));
    }

    /** A w x h rectangle without its (fx*w) x (fy*h) corner. */
    static Polygon lShape(double cx, double cy, double w, double h, double fx, double fy, double angle) {
        double x1 = w / 2 - fx * w;
        double y1 = h / 2 - fy * h;
        return GEOMETRY.createPolygon(ring(cx, cy, angle,
                -w / 2, -h / 2, w / 2, -h / 2, w / 2, y1, x1, y1, x1, h / 2, -w / 2, h / 2));
    }

    /** A w x h rectangle with a rectangular yard, walls {@code wall} thick. */
    static Polygon courtyard(double cx, double cy, double w, double h, double wall, double angle) {
        double iw = w / 2 - wall;
        double ih = h / 2 - wall;
        // The hole runs the other way round from the shell, as OGC simple features expect.
        LinearRing shell = ring(cx, cy, angle, -w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2);
        LinearRing hole = ring(cx, cy, angle, -iw, -ih, -iw, ih, iw, ih, iw, -ih);
        return GEOMETRY.createPolygon(shell, new LinearRing[] {hole});
    }

    private static LinearRing ring(double cx, double cy, double angle, double... xy) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            c[i] = new Coordinate(cx + x * cos - y * sin, cy + x * sin + y * cos);
        }
        c[c.length - 1] = new Coordinate(c[0]);
        return GEOMETRY.createLinearRing(c);
    }

    private static boolean overlaps(Polygon p, boolean[] occupied, int size) {
        boolean[] hit = {false};
        ScanlineFill.fill(List.of(p), size, size, (row, from, to) -> {
            for (int x = from; x < to && !hit[0]; x++) {
                hit[0] = occupied[row * size + x];
            }
        });
        return hit[0];
    }

    private static void mark(Polygon p, boolean[] occupied, int size) {
        ScanlineFill.fill(List.of(p), size, size, (row, from, to) -> Arrays.fill(occupied, row * size + from, row * size + to, true));
    }

    private static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
