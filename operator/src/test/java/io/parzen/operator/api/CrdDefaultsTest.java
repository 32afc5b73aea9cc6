package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.generator.annotation.Default;
import io.parzen.operator.planning.Fixtures;
import io.parzen.operator.planning.MedianRule;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.tpe.AlgorithmSpec;
import io.parzen.tpe.Goal;
import java.util.List;
import java.util.Map;
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
        assertEquals(MedianRule.NAME, crdDefault(EarlyStopping.class, "rule"));
        for (String field : new String[] {"minTrials", "startEpoch", "minEpochs", "reductionFactor"}) {
            assertNull(EarlyStopping.class.getDeclaredField(field).getAnnotation(Default.class), field);
        }
    }

    /** A Study read without the API server (no defaults filled in) validates to what the CRD's defaults say. */
    @Test
    void absentFieldsValidateToTheCrdsDefaults() throws Exception {
        StudyConfig noGoal = valid(Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/objective/goal", "~"));
        assertEquals(Goal.parse(crdDefault(Objective.class, "goal")), noGoal.goal(), "spec.objective.goal");

        StudyConfig noRule = valid(Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/earlyStopping/rule", "~"));
        assertEquals(crdDefault(EarlyStopping.class, "rule"), noRule.earlyStopping().orElseThrow().name(),
                "spec.earlyStopping.rule");

        StudyConfig noName = valid(Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/algorithm/name", "~"));
        assertEquals(AlgorithmSpec.sampler(Map.of("name", crdDefault(Algorithm.class, "name"), "seed", 7, "startupTrials", 4),
                noName.parallelism()).toString(), noName.sampler().toString(), "spec.algorithm.name");
    }

    private static StudyConfig valid(ObjectNode tree) {
        StudyValidator.Result result = StudyValidator.validate(Fixtures.study(tree).getSpec());
        assertEquals(List.of(), result.problems());
        return result.config();
    }
}
