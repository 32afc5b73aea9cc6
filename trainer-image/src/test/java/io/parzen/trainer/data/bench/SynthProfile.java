package io.parzen.trainer.data.bench;

import io.parzen.trainer.data.geo.GeoReference;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffWriter;
import io.parzen.trainer.data.geo.Raster16;
import io.parzen.trainer.data.synth.Scene;
import io.parzen.trainer.data.synth.SceneGenerator;
import io.parzen.trainer.data.synth.ScenePainter;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import java.util.SplittableRandom;

/** Where synthetic generation spends its time, one thread, in memory (not a unit test). */
public final class SynthProfile {

    private SynthProfile() {}

    public static void main(String[] args) {
        int n = 60;
        for (int round = 0; round < 2; round++) {
            double scene = 0;
            double paint = 0;
            double tiff = 0;
            long t00 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                SplittableRandom rng = new SplittableRandom(i);
                long t0 = System.nanoTime();
                Scene s = SceneGenerator.generate(rng, 650, false);
                long t1 = System.nanoTime();
                Raster16 r = ScenePainter.paint(s, rng);
                long t2 = System.nanoTime();
                GeoTiffWriter.write(new GeoTiff(r, GeoReference.wgs84(-115, 36, 2.7e-6, 2.7e-6)));
                long t3 = System.nanoTime();
                scene += (t1 - t0) / 1e6;
                paint += (t2 - t1) / 1e6;
                tiff += (t3 - t2) / 1e6;
            }
            double whole = 0;
            long t4 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                SyntheticSpaceNet.sample(SynthConfig.of("p", n, 1, 650), i);
            }
            whole = (System.nanoTime() - t4) / 1e6 / n;
            System.out.printf("per tile: scene %.1f ms, paint %.1f ms, tiff encode %.1f ms; whole sample() %.1f ms%n",
                    scene / n, paint / n, tiff / n, whole);
        }
    }
}
