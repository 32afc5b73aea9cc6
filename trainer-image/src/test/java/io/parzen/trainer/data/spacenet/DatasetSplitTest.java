package io.parzen.trainer.data.spacenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetSplitTest {

    private static List<String> ids(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "AOI_2_Vegas_img" + i).toList();
    }

    @ParameterizedTest(name = "{0} images -> {1}/{2}/{3}")
    @CsvSource({"100, 70, 15, 15", "3851, 2695, 578, 578", "10, 6, 2, 2", "3, 1, 1, 1", "2, 1, 1, 0", "1, 1, 0, 0"})
    void sizesFollow70_15_15(int n, int train, int val, int test) {
        DatasetSplit s = DatasetSplit.of(ids(n), 7);
        assertEquals(List.of(train, val, test), List.of(s.train().size(), s.val().size(), s.test().size()));
    }

    @Test
    void partsAreDisjointAndCoverEveryImage() {
        DatasetSplit s = DatasetSplit.of(ids(200), 42);
        Set<String> all = new HashSet<>();
        for (Split part : Split.values()) {
            for (String id : s.get(part)) {
                assertTrue(all.add(id), id + " is in two parts");
            }
        }
        assertEquals(new HashSet<>(ids(200)), all);
    }

    @Test
    void sameSeedSameSplitWhateverTheListingOrder() {
        List<String> shuffled = new ArrayList<>(ids(50));
        Collections.reverse(shuffled);
        assertEquals(DatasetSplit.of(ids(50), 3), DatasetSplit.of(shuffled, 3));
        assertNotEquals(DatasetSplit.of(ids(50), 3), DatasetSplit.of(ids(50), 4));
    }

    @Test
    void splitIsPinnedAcrossJvms() {
        // java.util.Random is specified exactly, so this holds on every JDK; a change here would
        // silently move images between train and test for existing studies.
        assertEquals(List.of("AOI_2_Vegas_img1", "AOI_2_Vegas_img3"), DatasetSplit.of(ids(10), 1).val());
    }

    @Test
    void duplicatesAndBadFractionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(List.of("a", "a"), 1));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(ids(5), 1, 0.5, 0.5));
    }
}
