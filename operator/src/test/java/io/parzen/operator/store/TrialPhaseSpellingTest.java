package io.parzen.operator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The store's phases ({@link TrialPhase}) and the Trial resource's ({@link io.parzen.operator.api.TrialPhase})
 * are two enums on purpose (see {@link TrialPhase}); what both know is spelled the same, so a
 * {@code status.json}, a {@code parzen trials} table and {@code kubectl get trials} agree.
 */
class TrialPhaseSpellingTest {

    @Test
    void everyResourcePhaseButPendingIsAStorePhaseOfTheSameSpelling() {
        for (io.parzen.operator.api.TrialPhase phase : io.parzen.operator.api.TrialPhase.values()) {
            if (phase == io.parzen.operator.api.TrialPhase.Pending) {
                continue;
            }
            assertEquals(phase.name(), TrialPhase.parse(phase.name()).display());
        }
    }

    @Test
    void theStoreAddsOnlyUnknown() {
        List<String> resource = Arrays.stream(io.parzen.operator.api.TrialPhase.values()).map(Enum::name).toList();
        List<String> storeOnly = Arrays.stream(TrialPhase.values()).map(TrialPhase::display)
                .filter(d -> !resource.contains(d)).toList();
        assertEquals(List.of("Unknown"), storeOnly);
    }
}
