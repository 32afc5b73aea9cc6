package io.parzen.tpe;

import java.util.SplittableRandom;

/** Per-trial random streams derived from the study seed, so a suggestion never depends on call order. */
public final class Seeds {
    private Seeds() {}

    public static SplittableRandom forTrial(long studySeed, int trialIndex) {
        return new SplittableRandom(mix(studySeed ^ mix(0x9E3779B97F4A7C15L * (trialIndex + 1L))));
    }

    /** SplitMix64's finaliser: spreads nearby seeds far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
