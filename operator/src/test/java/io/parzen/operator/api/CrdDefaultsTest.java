package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.generator.annotation.Default;
import io.parzen.operator.model.MedianRule;
import io.parzen.operator.model.StudyConfig;
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

    @Test
    void medianRuleDefaultsMatchTheRule() throws Exception {
        assertEquals(String.valueOf(MedianRule.DEFAULT_MIN_TRIALS), crdDefault(EarlyStopping.class, "minTrials"));
        assertEquals(String.valueOf(MedianRule.DEFAULT_START_EPOCH), crdDefault(EarlyStopping.class, "startEpoch"));
        assertEquals("median", crdDefault(EarlyStopping.class, "rule"));
    }
}
