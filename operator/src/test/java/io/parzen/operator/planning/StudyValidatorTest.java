package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.tpe.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyValidatorTest {

    @Test
    void validFixtureGivesConfigWithItsValues() {
        StudyValidator.Result r = StudyValidator.validate(Fixtures.study("valid.yaml").getSpec());
        assertEquals(List.of(), r.problems());
        StudyConfig c = r.config();
        assertEquals(3, c.space().size());
        assertEquals("valLoss", c.metric());
        assertEquals(Goal.MINIMIZE, c.goal());
        assertEquals(30, c.maxTrials());
        assertEquals(4, c.parallelism());
        assertEquals(4, ((io.parzen.tpe.TpeSampler) c.sampler()).settings().parallelism(), "TPE is told the parallelism");
        assertEquals(2, c.maxFailedTrials());
        assertEquals(new MedianRule(3, 2), c.earlyStopping().orElseThrow());
        assertTrue(c.reachesTarget(0.04));
        assertTrue(!c.reachesTarget(0.06));
    }

    @Test
    void defaultsApplyAndUnknownFieldsAreIgnored() {
        StudyValidator.Result r = StudyValidator.validate(Fixtures.study("unknown-fields.yaml").getSpec());
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.config().parallelism());
        assertEquals(1, ((io.parzen.tpe.TpeSampler) r.config().sampler()).settings().parallelism());
        assertEquals(3, r.config().maxFailedTrials());
        assertTrue(r.config().earlyStopping().isEmpty());
        assertEquals(Goal.MAXIMIZE, r.config().goal());
        assertTrue(r.config().target().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{rule: asha, minEpochs: 2, reductionFactor: 4} | asha | 2 | 4",
        "{rule: asha}                                    | asha | 1 | 3",
        "{}                                              | median | 5 | 1",
    })
    void earlyStoppingRuleAndItsDefaults(String block, String name, int first, int second) {
        StudyValidator.Result r = StudyValidator.validate(
                Fixtures.study(Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/earlyStopping", block)).getSpec());
        assertEquals(List.of(), r.problems());
        StoppingRule rule = r.config().earlyStopping().orElseThrow();
        assertEquals(name, rule.name());
        assertEquals(name.equals("asha") ? new AshaRule(first, second) : new MedianRule(first, second), rule);
    }

    /** Each row edits the valid fixture at a JSON pointer; the problem must name the field and the value. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/spec/parameters/0/high | 1.0e-5 | spec.parameters: parameter 'lr'",
        "/spec/parameters/0/distribution | gaussian | 'gaussian'",
        "/spec/parameters/1/choices | [] | parameter 'head'",
        "/spec/parameters/1/choices | [[1, 2]] | value [1,2]",
        "/spec/parameters/2/when | '{parameter: depth, in: [1]}' | depth",
        "/spec/parameters/0/q | 0.1 | field 'q' does not apply",
        "/spec/parameters | [] | spec.parameters is empty",
        "/spec/algorithm/name | hyperband | 'hyperband'",
        "/spec/algorithm/gammaRule | cubic | 'cubic'",
        "/spec/objective/goal | maximise | spec.objective.goal = 'maximise'",
        "/spec/objective/metric | '\"\"' | spec.objective.metric = ''",
        "/spec/maxTrials | 0 | spec.maxTrials = 0 must be at least 1",
        "/spec/maxTrials | ~ | spec.maxTrials is missing",
        "/spec/parallelism | -2 | spec.parallelism = -2",
        "/spec/maxFailedTrials | -1 | spec.maxFailedTrials = -1",
        "/spec/earlyStopping/rule | hyperband | spec.earlyStopping.rule = 'hyperband' is not supported; allowed: median, asha",
        "/spec/earlyStopping/minEpochs | 2 | spec.earlyStopping.minEpochs = 2 applies only to rule asha; rule median takes minTrials, startEpoch",
        "/spec/earlyStopping/reductionFactor | 3 | spec.earlyStopping.reductionFactor = 3 applies only to rule asha",
        "/spec/earlyStopping | '{rule: asha, minTrials: 3}' | spec.earlyStopping.minTrials = 3 applies only to rule median; rule asha takes minEpochs, reductionFactor",
        "/spec/earlyStopping | '{rule: asha, startEpoch: 2}' | spec.earlyStopping.startEpoch = 2 applies only to rule median",
        "/spec/earlyStopping | '{rule: asha, reductionFactor: 1}' | spec.earlyStopping.reductionFactor = 1 must be at least 2",
        "/spec/earlyStopping | '{rule: asha, minEpochs: 0}' | spec.earlyStopping.minEpochs = 0 must be at least 1",
        "/spec/earlyStopping/minTrials | 0 | spec.earlyStopping.minTrials = 0",
        "/spec/trialTemplate/args/1 | '${param.headd}' | spec.trialTemplate.args[1] = '${param.headd}': placeholder ${param.headd} names parameter 'headd'",
        "/spec/trialTemplate/args/7 | '${trial.index}' | placeholder ${trial.index} is not a known placeholder",
        "/spec/trialTemplate/env/0 | '{name: X, value: \"${param.nope}\"}' | spec.trialTemplate.env[0].value[0] = '${param.nope}'",
        "/spec/trialTemplate/env/0 | '{name: AWS_SECRET_ACCESS_KEY, value: x}' | spec.trialTemplate.env[0].name = 'AWS_SECRET_ACCESS_KEY'",
        "/spec/trialTemplate/image | '\"\"' | spec.trialTemplate.image = ''",
        "/spec/trialTemplate/resources/limits/memory | lots | spec.trialTemplate.resources.limits.memory = 'lots'",
        "/spec/trialTemplate/activeDeadlineSeconds | 0 | spec.trialTemplate.activeDeadlineSeconds = 0",
        "/spec/trialTemplate/queueName | 'team a' | spec.trialTemplate.queueName = 'team a'",
        "/spec/trialTemplate | ~ | spec.trialTemplate is missing",
        "/spec/storage/endpoint | 'ftp://x' | spec.storage.endpoint = 'ftp://x'",
        "/spec/storage/endpoint | 'http://minio:9000/bucket' | spec.storage.endpoint = 'http://minio:9000/bucket'",
        "/spec/storage/bucket | My_Bucket | spec.storage.bucket = 'My_Bucket'",
        "/spec/storage/region | 'Eu Central' | spec.storage.region = 'Eu Central' is not a region",
        "/spec/storage/region | eu-central-1/x | spec.storage.region = 'eu-central-1/x' is not a region",
        "/spec/storage/credentialsSecret | ~ | spec.storage.credentialsSecret = 'null'",
    })
    void invalidSpecNamesFieldAndValue(String path, String value, String expected) {
        StudyValidator.Result r = StudyValidator.validate(
                Fixtures.study(Fixtures.with(Fixtures.tree("valid.yaml"), path, value)).getSpec());
        assertTrue(!r.valid() && r.config() == null, "expected invalid: " + path);
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(expected)),
                "no problem contains <" + expected + "> in " + r.problems());
    }

    @Test
    void aRegionComesFromStorageOrTheTemplateNotBoth() {
        var tree = Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/storage/region", "eu-central-1");
        assertEquals(List.of(), StudyValidator.validate(Fixtures.study(tree).getSpec()).problems());
        Fixtures.with(tree, "/spec/trialTemplate/env", "[{name: AWS_REGION, value: eu-west-1}]");
        assertEquals(List.of("spec.trialTemplate.env[0].name = 'AWS_REGION' is set by the operator from "
                + "spec.storage.region = 'eu-central-1'; set one of the two"), StudyValidator.validate(Fixtures.study(tree).getSpec()).problems());
        Fixtures.with(tree, "/spec/storage/region", "~");
        assertEquals(List.of(), StudyValidator.validate(Fixtures.study(tree).getSpec()).problems(),
                "without spec.storage.region a template may set AWS_REGION for its trials");
    }
}
