package io.parzen.trainer.data.synth;

import io.parzen.trainer.data.geo.Raster16;
import io.parzen.trainer.data.label.ScanlineFill;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Paints a {@link Scene} as 3-band 16-bit imagery with the value range of SpaceNet's RGB-PanSharpen
 * tiles (11-bit data, a few hundred to about 2000): textured desert ground (smooth value noise plus
 * grain), asphalt roads, building shadows, then roofs. Pixels never reach 0, SpaceNet's no-data value.
 */
public final class ScenePainter {

    private static final int CELL = 40;
    private static final int[] ASPHALT = {520, 520, 545};
    private static final float SHADOW = 0.45f;

    private ScenePainter() {}

    public static Raster16 paint(Scene scene, SplittableRandom rng) {
        int n = scene.size();
        int plane = n * n;
        float[] grain = new float[plane];
        for (int i = 0; i < plane; i++) {
            grain[i] = (float) rng.nextDouble() - 0.5f;
        }
        float[] rgb = new float[3 * plane];
        float[] texture = valueNoise(rng, n);
        for (int b = 0; b < 3; b++) {
            float base = scene.ground()[b];
            for (int i = 0; i < plane; i++) {
                rgb[b * plane + i] = base * (1 + 0.2f * texture[i] + 0.08f * grain[i]);
            }
        }
        for (Polygon road : scene.roads()) {
            fill(road, n, rgb, grain, ASPHALT, 0.05f);
        }
        for (Scene.Building b : scene.buildings()) {
            Polygon shadow = (Polygon) AffineTransformation.translationInstance(b.shadowX(), b.shadowY())
                    .transform(b.footprint());
            ScanlineFill.fill(List.of(shadow), n, n, (row, from, to) -> {
                for (int c = 0; c < 3; c++) {
                    for (int i = c * plane + row * n + from, end = c * plane + row * n + to; i < end; i++) {
                        rgb[i] *= SHADOW;
                    }
                }
            });
        }
        for (Scene.Building b : scene.buildings()) {
            fill(b.footprint(), n, rgb, grain, b.roof(), 0.05f);
        }
        short[] samples = new short[3 * plane];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.max(1, Math.min(65535, Math.round(rgb[i])));
        }
        return new Raster16(n, n, 3, samples);
    }

    private static void fill(Polygon p, int n, float[] rgb, float[] grain, int[] colour, float noise) {
        int plane = n * n;
        ScanlineFill.fill(List.of(p), n, n, (row, from, to) -> {
            for (int x = from; x < to; x++) {
                int i = row * n + x;
                float g = 1 + noise * grain[i];
                rgb[i] = colour[0] * g;
                rgb[plane + i] = colour[1] * g;
                rgb[2 * plane + i] = colour[2] * g;
            }
        });
    }

    /** Smooth noise in [-0.5, 0.5]: random values on a coarse lattice, bilinearly interpolated. */
    private static float[] valueNoise(SplittableRandom rng, int n) {
        int cells = n / CELL + 2;
        float[] lattice = new float[cells * cells];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = (float) rng.nextDouble() - 0.5f;
        }
        float[] out = new float[n * n];
        for (int y = 0; y < n; y++) {
            int cy = y / CELL;
            float fy = (y % CELL) / (float) CELL;
            for (int x = 0; x < n; x++) {
                int cx = x / CELL;
                float fx = (x % CELL) / (float) CELL;
                float top = lattice[cy * cells + cx] * (1 - fx) + lattice[cy * cells + cx + 1] * fx;
                float bottom = lattice[(cy + 1) * cells + cx] * (1 - fx) + lattice[(cy + 1) * cells + cx + 1] * fx;
                out[y * n + x] = top * (1 - fy) + bottom * fy;
            }
        }
        return out;
    }
}
