package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parzen.operator.planning.Fixtures;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.tpe.GammaRule;
import io.parzen.tpe.TpeSampler;
import io.parzen.tpe.TpeSettings;
import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every sampler option the operator's algorithm parser reads is in the Study CRD: a Study that sets
 * them all keeps them through the API server's pruning ({@link CrdSchema#admitted}) and they reach
 * the sampler's settings. A field missing from the CRD would be pruned silently on a cluster.
 */
class AlgorithmCrdTest {
    private static final CrdSchema STUDIES = CrdSchema.load(Path.of("..", "crds", "studies.parzen.io.yaml"));
    private static final String EVERY_OPTION = "{name: tpe, seed: 11, startupTrials: 6, candidates: 48, gammaRule: sqrt,"
            + " priorWeight: 0.5, constantLiar: false, multivariate: false, flavor: parzen, bandwidthWeighted: true,"
            + " bandwidths: tpe, categoricalKernel: fixed, sharpen: false, alternateEstimators: false}";

    @Test
    void everyAlgorithmOptionSurvivesTheSchemaAndReachesTheSampler() {
        ObjectNode study = Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/algorithm", EVERY_OPTION);
        assertEquals(List.of(), STUDIES.validate(study));
        JsonNode admitted = STUDIES.admitted(study);
        assertEquals(study.at("/spec/algorithm"), admitted.at("/spec/algorithm"), "the CRD pruned an algorithm option");

        StudyValidator.Result r = StudyValidator.validate(Fixtures.study(admitted).getSpec());
        assertEquals(List.of(), r.problems());
        TpeSettings s = ((TpeSampler) r.config().sampler()).settings();
        assertEquals(11, s.seed());
        assertEquals(6, s.startupTrials());
        assertEquals(48, s.candidates());
        assertEquals(GammaRule.SQRT, s.gammaRule());
        assertEquals(0.5, s.priorWeight());
        assertEquals(false, s.constantLiar());
        assertEquals(false, s.multivariate());
        assertEquals(true, s.bandwidthWeighted());
        assertEquals(BandwidthRule.TPE, s.bandwidths());
        assertEquals(CategoricalKernel.FIXED, s.categoricalKernel());
        assertEquals(false, s.sharpen());
        assertEquals(false, s.alternateEstimators());
    }

    @Test
    void withoutTheNewOptionsTheFlavorDefaultsApply() {
        ObjectNode study = Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/algorithm", "{name: tpe}");
        StudyValidator.Result r = StudyValidator.validate(Fixtures.study(STUDIES.admitted(study)).getSpec());
        TpeSettings s = ((TpeSampler) r.config().sampler()).settings();
        assertEquals(BandwidthRule.ENDPOINTS, s.bandwidths());
        assertEquals(CategoricalKernel.SHRINKING, s.categoricalKernel());
        assertEquals(true, s.sharpen());
        assertEquals(true, s.alternateEstimators());
    }
}
