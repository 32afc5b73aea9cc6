package io.parzen.tpe.estimator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexSortTest {

    @Test
    void tiesKeepTheirOriginalOrder() {
        assertArrayEquals(new int[] {1, 3, 0, 4, 2}, IndexSort.ascending(new double[] {2, 1, 3, 1, 2}));
        assertArrayEquals(new int[] {}, IndexSort.ascending(new double[] {}));
        assertArrayEquals(new int[] {0, 1, 2}, IndexSort.ascending(new double[] {-1, -1, 5}));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 17, 1000, 20000})
    void agreesWithAStableComparatorSort(int n) {
        SplittableRandom rng = new SplittableRandom(n);
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            // Few distinct values, as on an integer grid, plus negative zero and extremes.
            keys[i] = i % 11 == 0 ? -0.0 : i % 13 == 0 ? -1e300 : rng.nextInt(40);
        }
        int[] expected = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> keys[i] + 0.0))
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, IndexSort.ascending(keys));
    }
}
