package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.generator.annotation.Default;
import io.parzen.operator.planning.StudyConfig;
import org.junit.jupiter.api.Test;

/**
 * The defaults the API server fills in (the CRD's {@code @Default}s) equal those the planner uses
 * when a field is absent (a Study created before a default existed, or read without the API server):
 * the two are written in two places, and this test keeps them the same.
 */
class CrdDefaultsTest {

    private static String crdDefault(Class<?> type, String field) throws NoSuchFieldException {
        return type.getDeclaredField(field).getAnnotation(Default.class).value();
    }

    @Test
    void studyDefaultsMatchThePlanner() throws Exception {
        assertEquals(String.valueOf(StudyConfig.DEFAULT_PARALLELISM), crdDefault(StudySpec.class, "parallelism"));
        assertEquals(String.valueOf(StudyConfig.DEFAULT_MAX_FAILED_TRIALS), crdDefault(StudySpec.class, "maxFailedTrials"));
    }

    /**
     * The rules' own numbers (minTrials, startEpoch, minEpochs, reductionFactor) have no schema
     * default: each rule's block rejects the other rule's fields, so the operator fills them in.
     */
    @Test
    void earlyStoppingDefaultsToTheMedianRuleAndLeavesTheRulesNumbersToTheOperator() throws Exception {
        assertEquals("median", crdDefault(EarlyStopping.class, "rule"));
        for (String field : new String[] {"minTrials", "startEpoch", "minEpochs", "reductionFactor"}) {
            assertNull(EarlyStopping.class.getDeclaredField(field).getAnnotation(Default.class), field);
        }
    }
}
