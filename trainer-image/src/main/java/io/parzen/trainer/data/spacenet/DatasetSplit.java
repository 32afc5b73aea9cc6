package io.parzen.trainer.data.spacenet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded split of image ids into train, validation and test, done on whole images before tiling so
 * that no tile (nor an overlapping neighbour of one) leaks across splits.
 *
 * <p>The ids are sorted (so the listing order does not matter), shuffled with {@link Random} (whose
 * algorithm is fixed by the JDK specification, so a seed gives the same split everywhere) and cut:
 * validation and test get {@code round(n * fraction)} images each, and at least one each as soon as
 * there are enough images (2 for validation, 3 for test); training gets the rest.
 */
public record DatasetSplit(List<String> train, List<String> val, List<String> test) {

    public static final double TRAIN_FRACTION = 0.70;
    public static final double VAL_FRACTION = 0.15;

    public DatasetSplit {
        train = List.copyOf(train);
        val = List.copyOf(val);
        test = List.copyOf(test);
    }

    /** The default 70/15/15 split. */
    public static DatasetSplit of(Collection<String> ids, long seed) {
        return of(ids, seed, VAL_FRACTION, 1 - TRAIN_FRACTION - VAL_FRACTION);
    }

    /** A split with the given validation and test fractions; training gets the rest. */
    public static DatasetSplit of(Collection<String> ids, long seed, double valFraction, double testFraction) {
        if (valFraction < 0 || testFraction < 0 || valFraction + testFraction >= 1) {
            throw new IllegalArgumentException("need val, test >= 0 and val + test < 1, got " + valFraction + ", " + testFraction);
        }
        List<String> shuffled = new ArrayList<>(ids);
        if (shuffled.stream().distinct().count() != shuffled.size()) {
            throw new IllegalArgumentException("image ids must be unique");
        }
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed));
        int n = shuffled.size();
        int val = n >= 2 ? Math.max(valFraction > 0 ? 1 : 0, (int) Math.round(n * valFraction)) : 0;
        int test = n >= 3 ? Math.max(testFraction > 0 ? 1 : 0, (int) Math.round(n * testFraction)) : 0;
        int train = n - val - test;
        return new DatasetSplit(shuffled.subList(0, train), shuffled.subList(train, train + val),
                shuffled.subList(train + val, n));
    }

    /** The ids of one part. */
    public List<String> get(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
        };
    }
}
