package io.parzen.trainer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuThreadsTest {

    @Test
    void warnsWhenNd4jCountsMoreCoresThanTheProcessMayUse() {
        String w = CpuThreads.warning(null, 4, 64).orElseThrow();
        assertTrue(w.contains("ND4J uses 64 threads") && w.contains("may use 4 CPUs") && w.endsWith("Set OMP_NUM_THREADS=4."), w);
        assertTrue(CpuThreads.warning("  ", 2, 16).isPresent(), "a blank variable counts as unset");
    }

    @Test
    void quietWhenTheUserChoseOrTheCountFits() {
        assertEquals(Optional.empty(), CpuThreads.warning("8", 4, 64), "OMP_NUM_THREADS set: the user's choice");
        assertEquals(Optional.empty(), CpuThreads.warning(null, 16, 16));
        assertEquals(Optional.empty(), CpuThreads.warning(null, 16, 8));
    }
}
