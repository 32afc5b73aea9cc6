package io.parzen.trainer.nn;

import java.util.Arrays;

/**
 * The shape and training settings of the U-Net, validated once.
 *
 * @param tile input width and height in pixels; divisible by {@code 2^depth}
 * @param channels input channels (3 for RGB)
 * @param baseFilters filters of the first encoder level; level {@code i} has {@code baseFilters * 2^i}
 * @param depth number of 2x poolings (the seed's baseline: 4, i.e. 32-64-128-256-512 with base 32)
 * @param head output head
 * @param filtersPerClass {@code m} of the grouped head (1 for the baseline)
 * @param learningRate Adam's learning rate
 * @param headLrMultiplier factor on the learning rate of the head's 1x1 convolution
 * @param classWeights loss weights of background, building, border
 * @param seed initialisation seed
 */
public record NetConfig(int tile, int channels, int baseFilters, int depth, Head head, int filtersPerClass,
                        double learningRate, double headLrMultiplier, double[] classWeights, long seed) {

    /** Background, building, building border. */
    public static final int CLASSES = 3;
    /** Default class weights: the seed's baseline favoured building and (more) border. */
    public static final double[] DEFAULT_CLASS_WEIGHTS = {1.0, 3.0, 5.0};

    /** Validates every field; messages name the field and the value. */
    public NetConfig {
        require(tile >= 8, "tile must be at least 8, got " + tile);
        require(channels >= 1, "channels must be positive, got " + channels);
        require(baseFilters >= 1 && baseFilters <= 256, "base filters must be in 1..256, got " + baseFilters);
        require(depth >= 1 && depth <= 6, "depth must be in 1..6, got " + depth);
        require(tile % (1 << depth) == 0,
                "tile " + tile + " must be divisible by 2^depth = " + (1 << depth) + " (depth " + depth + ")");
        require(head != null, "head is missing");
        require(filtersPerClass >= 1 && filtersPerClass <= 64, "filters per class must be in 1..64, got " + filtersPerClass);
        require(head == Head.GROUPED || filtersPerClass == 1,
                "filters per class " + filtersPerClass + " needs the grouped head (the baseline has 1)");
        require(learningRate > 0 && learningRate < 1 && Double.isFinite(learningRate),
                "learning rate must be in (0, 1), got " + learningRate);
        require(headLrMultiplier > 0 && headLrMultiplier <= 1000 && Double.isFinite(headLrMultiplier),
                "head learning-rate multiplier must be in (0, 1000], got " + headLrMultiplier);
        require(classWeights != null && classWeights.length == CLASSES,
                "class weights need 3 values (background, building, border), got "
                        + (classWeights == null ? "none" : Arrays.toString(classWeights)));
        for (double w : classWeights) {
            require(w > 0 && Double.isFinite(w), "class weights must be positive, got " + Arrays.toString(classWeights));
        }
        classWeights = classWeights.clone();
    }

    /** The small configuration (docs/stack.md) (64x64, base 16, depth 3), baseline head. */
    public static NetConfig small(long seed) {
        return new NetConfig(64, 3, 16, 3, Head.BASELINE, 1, 1e-3, 1.0, DEFAULT_CLASS_WEIGHTS, seed);
    }

    /** Filters of encoder level {@code level} (0 = full resolution, {@code depth} = bottleneck). */
    public int filters(int level) {
        return baseFilters << level;
    }

    /** Filters of the head's 1x1 convolution: 3 for the baseline, {@code 3 m} for the grouped head. */
    public int headFilters() {
        return CLASSES * filtersPerClass;
    }

    /** A copy of the class weights. */
    @Override
    public double[] classWeights() {
        return classWeights.clone();
    }

    /** This configuration with another head and {@code m}. */
    public NetConfig withHead(Head newHead, int m) {
        return new NetConfig(tile, channels, baseFilters, depth, newHead, m, learningRate, headLrMultiplier,
                classWeights, seed);
    }

    /** This configuration with another tile size. */
    public NetConfig withTile(int newTile) {
        return new NetConfig(newTile, channels, baseFilters, depth, head, filtersPerClass, learningRate,
                headLrMultiplier, classWeights, seed);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetConfig c && tile == c.tile && channels == c.channels && baseFilters == c.baseFilters
                && depth == c.depth && head == c.head && filtersPerClass == c.filtersPerClass
                && Double.compare(learningRate, c.learningRate) == 0
                && Double.compare(headLrMultiplier, c.headLrMultiplier) == 0
                && Arrays.equals(classWeights, c.classWeights) && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {tile, channels, baseFilters, depth, head, filtersPerClass, learningRate,
            headLrMultiplier, Arrays.hashCode(classWeights), seed});
    }

    @Override
    public String toString() {
        return "NetConfig[tile=" + tile + ", channels=" + channels + ", baseFilters=" + baseFilters + ", depth=" + depth
                + ", head=" + head.label() + ", filtersPerClass=" + filtersPerClass + ", learningRate=" + learningRate
                + ", headLrMultiplier=" + headLrMultiplier + ", classWeights=" + Arrays.toString(classWeights)
                + ", seed=" + seed + "]";
    }
}
