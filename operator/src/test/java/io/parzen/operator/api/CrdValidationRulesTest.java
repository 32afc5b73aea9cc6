package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parzen.operator.planning.Fixtures;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.planning.TrialEnv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CRDs' {@code x-kubernetes-validations} rules, read from the checked-in {@code crds/} (what
 * {@code kubectl apply} and the chart install; {@link CrdDriftTest} keeps them equal to what the API
 * types generate) and evaluated with dev.cel as the API server evaluates them ({@link CrdSchema}):
 * every example is accepted, every malformed Study is rejected by exactly the rule meant for it, the
 * operator's own validator rejects it too, and every rule is exercised by some malformed Study.
 *
 * <p>Numbers in CEL messages are dev.cel's {@code string(double)} ({@code 1.0}, {@code 1.0E-5});
 * cel-go, in the API server, writes {@code 1} and {@code 1e-05}. The expected texts stop before a
 * number where the two differ.
 */
class CrdValidationRulesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CrdSchema STUDIES = CrdSchema.load(Path.of("..", "crds", "studies.parzen.io.yaml"));
    private static final String LONG_NAME = "a".repeat(60);

    /**
     * A malformed Study: the valid fixture with {@code path} (a JSON pointer) set to {@code yaml}
     * ("~" removes it), the text of the one message the API server reports, and the text of one of
     * the operator's problems for the same spec.
     */
    record Case(String path, String yaml, String apiServer, String operator) {
        @Override
        public String toString() {
            return path + " = " + (yaml.length() > 60 ? yaml.substring(0, 60) + "..." : yaml);
        }

        ObjectNode study() {
            return Fixtures.with(Fixtures.tree("valid.yaml"), path, yaml);
        }
    }

    static Stream<Case> malformed() {
        return Stream.of(
            // The seven the issue found past kubectl apply, less the two only the operator can check (below).
            new Case("/spec/parameters/0", "{name: lr, distribution: quniform, low: 1, high: 0.5, q: 0.1}",
                    "parameter 'lr': field 'high' = 0.5 must be greater than low (", "parameter 'lr': field 'high' = 0.5 must be greater than low (1) for quniform"),
            new Case("/spec/parameters/0", "{name: lr, distribution: quniform, low: 0, high: 1, q: 0}",
                    "parameter 'lr': field 'q' = 0", "parameter 'lr': field 'q' = 0 must be > 0 for quniform"),
            new Case("/spec/parameters/0/low", "0",
                    "parameter 'lr': field 'low' = 0", "parameter 'lr': field 'low' = 0 must be > 0 for loguniform (its kernels live in log space)"),
            new Case("/spec/parameters/2/name", "lr",
                    "parameter 'lr': field 'name' is used twice; names must be unique", "parameter 'lr': field 'name' is used twice; names must be unique"),
            new Case("/spec/parameters/2/when/parameter", "depth",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'depth' must name a categorical parameter declared before it",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'depth' must name a categorical parameter declared before it"),
            // The rest of the search space's rules.
            new Case("/spec/parameters/0/low", "-1", "parameter 'lr': field 'low' = -1", "parameter 'lr': field 'low' = -1 must be > 0"),
            new Case("/spec/parameters/0", "{name: lr, distribution: qloguniform, low: 0, high: 1, q: 0.1}",
                    "parameter 'lr': field 'low' = 0", "parameter 'lr': field 'low' = 0 must be > 0 for qloguniform"),
            new Case("/spec/parameters/0", "{name: lr, distribution: uniform, low: 0, high: 1, q: 0.1}",
                    "parameter 'lr': field 'q' does not apply to uniform; it takes low, high", "parameter 'lr': field 'q' does not apply to uniform; it takes low, high"),
            new Case("/spec/parameters/2/mu", "3",
                    "parameter 'filtersPerClass': field 'mu' does not apply to int; it takes low, high", "parameter 'filtersPerClass': field 'mu' does not apply to int; it takes low, high"),
            new Case("/spec/parameters/0/choices", "[1, 2]",
                    "parameter 'lr': field 'choices' does not apply to loguniform; it takes low, high", "parameter 'lr': field 'choices' does not apply to loguniform; it takes low, high"),
            new Case("/spec/parameters/1/low", "1",
                    "parameter 'head': field 'low' does not apply to categorical; it takes choices", "parameter 'head': field 'low' does not apply to categorical; it takes choices"),
            new Case("/spec/parameters/0/high", "~", "parameter 'lr': field 'high' is required", "parameter 'lr': field 'high' is required"),
            new Case("/spec/parameters/0/low", "~", "parameter 'lr': field 'low' is required", "parameter 'lr': field 'low' is required"),
            new Case("/spec/parameters/0", "{name: lr, distribution: quniform, low: 0, high: 1}", "parameter 'lr': field 'q' is required", "parameter 'lr': field 'q' is required"),
            new Case("/spec/parameters/0", "{name: lr, distribution: normal, sigma: 1}", "parameter 'lr': field 'mu' is required", "parameter 'lr': field 'mu' is required"),
            new Case("/spec/parameters/0", "{name: lr, distribution: lognormal, mu: 0}", "parameter 'lr': field 'sigma' is required", "parameter 'lr': field 'sigma' is required"),
            new Case("/spec/parameters/0", "{name: lr, distribution: qnormal, mu: 0, sigma: 0, q: 1}",
                    "parameter 'lr': field 'sigma' = 0", "parameter 'lr': field 'sigma' = 0 must be > 0 for qnormal"),
            new Case("/spec/parameters/0", "{name: lr, distribution: qlognormal, mu: 0, sigma: 1, q: -1}",
                    "parameter 'lr': field 'q' = -1", "parameter 'lr': field 'q' = -1 must be > 0 for qlognormal"),
            new Case("/spec/parameters/1/choices", "~",
                    "parameter 'head': field 'choices' is required for categorical (a list)", "parameter 'head': field 'choices' is required for categorical (a list)"),
            new Case("/spec/parameters/1/choices", "[grouped]",
                    "parameter 'head': field 'choices' holds 1 value(s); it must hold at least two values", "parameter 'head': field 'choices' = [grouped] must hold at least two values"),
            new Case("/spec/parameters/1/choices", "[baseline, grouped, baseline]",
                    "parameter 'head': field 'choices' holds baseline twice; choices must be unique", "parameter 'head': field 'choices' holds baseline twice; choices must be unique"),
            new Case("/spec/parameters/1/choices", "[2, grouped, 2.0]",
                    "parameter 'head': field 'choices' holds 2 twice; choices must be unique", "parameter 'head': field 'choices' holds 2.0 twice; choices must be unique"),
            new Case("/spec/parameters/2/low", "1.5",
                    "parameter 'filtersPerClass': field 'low' = 1.5 must be an integer for int", "parameter 'filtersPerClass': field 'low' = 1.5 must be an integer for int"),
            new Case("/spec/parameters/2/high", "40.5",
                    "parameter 'filtersPerClass': field 'high' = 40.5 must be an integer for int", "parameter 'filtersPerClass': field 'high' = 40.5 must be an integer for int"),
            new Case("/spec/parameters/2/when/parameter", "filtersPerClass",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'filtersPerClass' must name a categorical parameter declared before it",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'filtersPerClass' must name a categorical parameter declared before it"),
            new Case("/spec/parameters/2/when/parameter", "lr",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'lr' is loguniform; conditions need a categorical parent",
                    "parameter 'filtersPerClass': field 'when.parameter' = 'lr' is loguniform; conditions need a categorical parent"),
            new Case("/spec/parameters/2/when/in", "[fancy]",
                    "parameter 'filtersPerClass': field 'when.in' value fancy is not a choice of 'head'", "parameter 'filtersPerClass': field 'when.in' value fancy is not a choice of 'head'"),
            new Case("/spec/parameters/2/when/in", "[]",
                    "parameter 'filtersPerClass': field 'when.in' is empty; list at least one of the choices of 'head'", "parameter 'filtersPerClass': field 'when.in' is empty; list at least one of"),
            new Case("/spec/parameters", "[]", "a study needs at least one parameter", "spec.parameters is empty; a study needs at least one parameter"),
            // Budget, objective, algorithm and early stopping: the schema's own checks, named by the API server.
            new Case("/spec/parameters/0/distribution", "gaussian", "should match '^(uniform|", "'gaussian'"),
            new Case("/spec/parameters/0/name", "l".repeat(64), "may not be more than 63 characters", "(at most 63 characters)"),
            new Case("/spec/parallelism", "0", "should be greater than or equal to 1", "spec.parallelism = 0 must be at least 1"),
            new Case("/spec/maxTrials", "0", "should be greater than or equal to 1", "spec.maxTrials = 0 must be at least 1"),
            new Case("/spec/maxTrials", "~", "Required value", "spec.maxTrials is missing"),
            new Case("/spec/maxFailedTrials", "-1", "should be greater than or equal to 0", "spec.maxFailedTrials = -1 must be at least 0"),
            new Case("/spec/earlyStopping/minTrials", "0", "should be greater than or equal to 1", "spec.earlyStopping.minTrials = 0 must be at least 1"),
            new Case("/spec/earlyStopping/rule", "hyperband", "should match '^(median|asha)$'", "spec.earlyStopping.rule = 'hyperband' is not supported; allowed: median, asha"),
            new Case("/spec/earlyStopping/minEpochs", "2",
                    "spec.earlyStopping.minEpochs = 2 applies only to rule asha; rule median takes minTrials, startEpoch",
                    "spec.earlyStopping.minEpochs = 2 applies only to rule asha; rule median takes minTrials, startEpoch"),
            new Case("/spec/earlyStopping", "{minTrials: 3, reductionFactor: 4}",
                    "spec.earlyStopping.reductionFactor = 4 applies only to rule asha; rule median takes minTrials, startEpoch",
                    "spec.earlyStopping.reductionFactor = 4 applies only to rule asha; rule median takes minTrials, startEpoch"),
            new Case("/spec/earlyStopping", "{rule: asha, minTrials: 3}",
                    "spec.earlyStopping.minTrials = 3 applies only to rule median; rule asha takes minEpochs, reductionFactor",
                    "spec.earlyStopping.minTrials = 3 applies only to rule median; rule asha takes minEpochs, reductionFactor"),
            new Case("/spec/earlyStopping", "{rule: asha, startEpoch: 2}",
                    "spec.earlyStopping.startEpoch = 2 applies only to rule median; rule asha takes minEpochs, reductionFactor",
                    "spec.earlyStopping.startEpoch = 2 applies only to rule median; rule asha takes minEpochs, reductionFactor"),
            new Case("/spec/earlyStopping", "{rule: asha, reductionFactor: 1}", "should be greater than or equal to 2",
                    "spec.earlyStopping.reductionFactor = 1 must be at least 2"),
            new Case("/spec/earlyStopping", "{rule: asha, minEpochs: 0}", "should be greater than or equal to 1",
                    "spec.earlyStopping.minEpochs = 0 must be at least 1"),
            new Case("/spec/objective/goal", "maximise", "should match '^(minimize|maximize)$'", "spec.objective.goal = 'maximise' is not supported"),
            new Case("/spec/objective/metric", "'val-loss'", "should match '^[A-Za-z][A-Za-z0-9_]*$'", "spec.objective.metric = 'val-loss'"),
            new Case("/spec/algorithm/name", "hyperband", "should match '^(tpe|random)$'", "'hyperband' is not supported"),
            new Case("/spec/algorithm/bandwidths", "silverman", "should match '^(endpoints|tpe)$'",
                    "algorithm: field 'bandwidths' = 'silverman' is not supported; allowed: endpoints, tpe"),
            new Case("/spec/algorithm/categoricalKernel", "smooth", "should match '^(shrinking|fixed)$'",
                    "algorithm: field 'categoricalKernel' = 'smooth' is not supported; allowed: shrinking, fixed"),
            // The trial template and the storage block.
            new Case("/spec/trialTemplate/env/0", "{name: AWS_SECRET_ACCESS_KEY, value: x}",
                    "spec.trialTemplate.env: name 'AWS_SECRET_ACCESS_KEY' is set by the operator; reserved: ", "spec.trialTemplate.env[0].name = 'AWS_SECRET_ACCESS_KEY' is set by the operator; reserved: "),
            new Case("/spec/trialTemplate/image", "'ghcr.io/parzen/trainer 0.1'",
                    "spec.trialTemplate.image = 'ghcr.io/parzen/trainer 0.1' must be an image reference without spaces", "spec.trialTemplate.image = 'ghcr.io/parzen/trainer 0.1' must be an image reference without spaces"),
            new Case("/spec/trialTemplate/image", "''",
                    "spec.trialTemplate.image = '' must be an image reference without spaces", "spec.trialTemplate.image = '' must be an image reference without spaces"),
            new Case("/spec/trialTemplate/imagePullPolicy", "Sometimes",
                    "spec.trialTemplate.imagePullPolicy = 'Sometimes' is not supported; allowed: Always, IfNotPresent, Never", "spec.trialTemplate.imagePullPolicy = 'Sometimes' is not supported; allowed: Always, IfNotPresent, Never"),
            new Case("/spec/trialTemplate/queueName", "'team a'",
                    "spec.trialTemplate.queueName = 'team a' is not a valid label value", "spec.trialTemplate.queueName = 'team a' is not a valid label value"),
            new Case("/spec/trialTemplate/priorityClassName", "Research",
                    "spec.trialTemplate.priorityClassName = 'Research' is not a valid Kubernetes name", "spec.trialTemplate.priorityClassName = 'Research' is not a valid Kubernetes name"),
            new Case("/spec/trialTemplate/serviceAccountName", "trainer.sa",
                    "spec.trialTemplate.serviceAccountName = 'trainer.sa' is not a valid Kubernetes name", "spec.trialTemplate.serviceAccountName = 'trainer.sa' is not a valid Kubernetes name"),
            new Case("/spec/trialTemplate/activeDeadlineSeconds", "0", "should be greater than or equal to 1", "spec.trialTemplate.activeDeadlineSeconds = 0 must be at least 1"),
            new Case("/spec/storage/bucket", "my..bucket",
                    "spec.storage.bucket = 'my..bucket' is not a valid bucket name", "spec.storage.bucket = 'my..bucket' is not a valid bucket name"),
            new Case("/spec/storage/bucket", "My_Bucket", "should match '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$'", "spec.storage.bucket = 'My_Bucket' is not a valid bucket name"),
            new Case("/spec/storage/credentialsSecret", "Minio_Creds",
                    "spec.storage.credentialsSecret = 'Minio_Creds' is not a valid Secret name", "spec.storage.credentialsSecret = 'Minio_Creds' is not a valid Secret name"),
            new Case("/spec/storage/endpoint", "'ftp://x'", "should match '^https?://[^/@]+/?$'", "spec.storage.endpoint = 'ftp://x'"),
            new Case("/spec/storage/region", "'Eu Central'", "should match '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'",
                    "spec.storage.region = 'Eu Central' is not a region"),
            new Case("/spec/storage/region", "eu-central-1/x", "should match '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'",
                    "spec.storage.region = 'eu-central-1/x' is not a region"),
            // The Study's name (StudyNames).
            new Case("/metadata/name", "Seg_Study",
                    "metadata.name = 'Seg_Study' is not a valid Kubernetes name: use lower-case letters, digits and '-', starting and ending with a letter or digit",
                    "metadata.name = 'Seg_Study' is not a valid Kubernetes name: use lower-case letters, digits and '-', starting and ending with a letter or digit"),
            new Case("/metadata/name", LONG_NAME,
                    "metadata.name = '" + LONG_NAME + "' is too long: its trial names must fit in 63 characters; shorten the name to at most 58 characters",
                    "shorten the name to at most 58 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedStudyIsRejectedByItsRuleAndByTheOperator(Case c) {
        ObjectNode study = c.study();
        List<CrdSchema.Violation> violations = STUDIES.validate(study);
        assertEquals(1, violations.size(), "expected one problem, got " + violations);
        assertTrue(violations.get(0).message().contains(c.apiServer()),
                "expected <" + c.apiServer() + "> in " + violations.get(0));

        StudyValidator.Result r = StudyValidator.validate(study.path("metadata").path("name").asText(null),
                Fixtures.study(study).getSpec());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(c.operator())),
                "the operator should report <" + c.operator() + ">, it reports " + r.problems());
    }

    /** A longer study needs more digits in its trial names: 57 characters fit 10000 trials (<name>-9999), not 200000 (<name>-199999). */
    @Test
    void nameLengthCountsTheDigitsOfTheLastTrial() {
        String name = "b".repeat(57);
        ObjectNode study = Fixtures.with(Fixtures.tree("valid.yaml"), "/metadata/name", name);
        assertEquals(List.of(), STUDIES.validate(Fixtures.with(study, "/spec/maxTrials", "10000")));
        List<CrdSchema.Violation> v = STUDIES.validate(Fixtures.with(study, "/spec/maxTrials", "200000"));
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("shorten the name to at most 56 characters"), v.toString());
        assertFalse(StudyValidator.validate(name, Fixtures.study(study).getSpec()).valid());
    }

    static Stream<Path> accepted() throws IOException {
        Stream<Path> examples = Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml"));
        Stream<Path> fixtures = Stream.of("valid.yaml", "it-study.yaml", "unknown-fields.yaml")
                .map(f -> Path.of("src", "test", "resources", "studies", f));
        return Stream.concat(examples, fixtures).sorted();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void exampleIsAccepted(Path file) throws IOException {
        JsonNode study = YAML.readTree(file.toFile());
        assertEquals("Study", study.path("kind").asText(), file.toString());
        assertEquals(List.of(), STUDIES.validate(study), file.toString());
    }

    @Test
    void everyExampleOfTheRepositoryIsChecked() throws IOException {
        assertTrue(accepted().filter(p -> p.startsWith(Path.of("..", "examples"))).count() >= 4);
    }

    /** What only the operator checks: CEL accepts these, the operator does not (docs/operator.md says why). */
    @ParameterizedTest
    @ValueSource(strings = {
        "/spec/trialTemplate/args/1 | '${param.headd}' | placeholder ${param.headd} names parameter 'headd'",
        "/spec/trialTemplate/args/7 | '${trial.index}' | placeholder ${trial.index} is not a known placeholder",
        "/spec/trialTemplate/env/0 | {name: X, value: \"${param.nope}\"} | placeholder ${param.nope}",
        "/spec/trialTemplate/resources/limits/memory | lots | spec.trialTemplate.resources.limits.memory = 'lots'",
        "/spec/parameters/1/choices | [[1, 2], grouped] | value [1,2] in choices or when.in must be a string, number or boolean",
        "/spec/parameters | [{name: a, distribution: int, low: 0, high: 2, when: {parameter: b, in: [x]}}, {name: b, distribution: categorical, choices: [x, y]}] | must name a categorical parameter declared before it",
    })
    void operatorOnlyChecks(String row) {
        String[] f = row.split(" \\| ");
        ObjectNode study = Fixtures.with(Fixtures.tree("valid.yaml"), f[0], f[1]);
        assertEquals(List.of(), STUDIES.validate(study));
        List<String> problems = StudyValidator.validate(Fixtures.study(study).getSpec()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(f[2])), "expected <" + f[2] + "> in " + problems);
    }

    @Test
    void everyReservedVariableIsRejected() {
        for (String name : TrialEnv.RESERVED) {
            ObjectNode study = Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/trialTemplate/env/0", "{name: " + name + ", value: x}");
            List<CrdSchema.Violation> v = STUDIES.validate(study);
            assertEquals(1, v.size(), name + ": " + v);
            assertTrue(v.get(0).message().contains("name '" + name + "' is set by the operator"), v.toString());
        }
        Matcher m = Pattern.compile("'([A-Z0-9_]+)'").matcher(CelRules.RESERVED_ENV);
        Set<String> listed = new TreeSet<>();
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new TreeSet<>(TrialEnv.RESERVED), listed);
    }

    /** Every rule in the CRDs compiles, and every rule of the Study CRD rejects at least one malformed Study. */
    @Test
    void everyRuleCompilesAndIsExercised() {
        CrdSchema trials = CrdSchema.load(Path.of("..", "crds", "trials.parzen.io.yaml"));
        trials.compileAll();
        STUDIES.compileAll();
        Set<String> fired = malformed().flatMap(c -> STUDIES.validate(c.study()).stream())
                .map(CrdSchema.Violation::rule).collect(Collectors.toSet());
        Set<String> idle = STUDIES.rules().stream().map(CrdSchema.Rule::rule).filter(r -> !fired.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), idle, "rules no malformed Study exercises");
        assertTrue(STUDIES.rules().size() >= 25, "rules: " + STUDIES.rules().size());
    }
}
