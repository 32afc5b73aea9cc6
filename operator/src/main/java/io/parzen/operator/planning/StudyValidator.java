package io.parzen.operator.planning;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.parzen.operator.api.EarlyStopping;
import io.parzen.operator.api.Objective;
import io.parzen.operator.api.ParameterSpec;
import io.parzen.operator.api.Storage;
import io.parzen.operator.api.StudySpec;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.storage.S3Settings;
import io.parzen.tpe.AlgorithmSpec;
import io.parzen.tpe.Goal;
import io.parzen.tpe.Sampler;
import io.parzen.tpe.space.InvalidSpaceException;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.SpaceParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a Study spec in code (the schema cannot check everything, and the mock API server checks
 * nothing): the search space through {@code tpe}'s parser, the algorithm, the objective, the
 * budget, the trial template and its placeholders, and the storage block. Every problem names the
 * field and the value. Pure: the Secret's existence is checked by the reconciler.
 */
public final class StudyValidator {
    private static final Pattern METRIC = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]");
    private static final Pattern DNS_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,251}[a-z0-9])?");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern REGION = Pattern.compile(Storage.REGION_PATTERN);

    private StudyValidator() {}

    /** The outcome: a config when there are no problems, else the problems (each names field and value). */
    public record Result(StudyConfig config, List<String> problems) {
        /** Whether the spec is valid. */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Validates a study's name (as Kubernetes names, with its trials' names), its spec and, for a
     * valid spec whose template runs parzen's trainer, the trainer's options in its args
     * ({@link TrainerArgs}); never throws for a bad one.
     */
    public static Result validate(String name, StudySpec spec) {
        Result result = validate(spec);
        int maxTrials = spec == null || spec.getMaxTrials() == null ? 1 : spec.getMaxTrials();
        List<String> names = StudyNames.problems(name, maxTrials);
        if (names.isEmpty()) {
            Optional<String> args = result.valid() ? TrainerArgs.problem(result.config(), name) : Optional.empty();
            return args.isEmpty() ? result : new Result(null, List.of(args.get()));
        }
        List<String> problems = new ArrayList<>(names);
        problems.addAll(result.problems());
        return new Result(null, List.copyOf(problems));
    }

    /** Validates a spec; never throws for a bad spec. */
    public static Result validate(StudySpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            return new Result(null, List.of("spec is missing"));
        }
        SearchSpace space = space(spec.getParameters(), problems);
        int parallelism = atLeast("spec.parallelism", spec.getParallelism(), StudyConfig.DEFAULT_PARALLELISM, 1, problems);
        Sampler sampler = null;
        try {
            // The sampler is told the parallelism: TPE sharpens its joint l(x) only one trial at a time.
            sampler = AlgorithmSpec.sampler(SpecValues.algorithm(spec.getAlgorithm()), Math.max(1, parallelism));
        } catch (InvalidSpaceException e) {
            problems.add("spec." + e.getMessage());
        }
        Goal goal = objective(spec.getObjective(), problems);
        int maxTrials = atLeast("spec.maxTrials", spec.getMaxTrials(), null, 1, problems);
        int maxFailed = atLeast("spec.maxFailedTrials", spec.getMaxFailedTrials(),
                StudyConfig.DEFAULT_MAX_FAILED_TRIALS, 0, problems);
        Optional<StoppingRule> rule = earlyStopping(spec.getEarlyStopping(), problems);
        template(spec.getTrialTemplate(), space, spec.getStorage() == null ? null : spec.getStorage().getRegion(), problems);
        storage(spec.getStorage(), problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        Objective o = spec.getObjective();
        OptionalDouble target = o.getTarget() == null ? OptionalDouble.empty() : OptionalDouble.of(o.getTarget());
        return new Result(new StudyConfig(space, sampler, o.getMetric(), goal, target, maxTrials, parallelism,
                maxFailed, rule, spec.getTrialTemplate(), spec.getStorage()), List.of());
    }

    private static SearchSpace space(List<ParameterSpec> parameters, List<String> problems) {
        if (parameters == null || parameters.isEmpty()) {
            problems.add("spec.parameters is empty; a study needs at least one parameter");
            return null;
        }
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec p = parameters.get(i);
            List<JsonNode> values = new ArrayList<>();
            if (p.getChoices() != null) {
                values.addAll(p.getChoices());
            }
            if (p.getWhen() != null && p.getWhen().getIn() != null) {
                values.addAll(p.getWhen().getIn());
            }
            for (JsonNode v : values) {
                if (v == null || !v.isValueNode() || v.isNull()) {
                    problems.add("spec.parameters[" + i + "] ('" + p.getName() + "'): value " + v
                            + " in choices or when.in must be a string, number or boolean");
                    return null;
                }
            }
        }
        try {
            return SpaceParser.parse(SpecValues.parameters(parameters));
        } catch (InvalidSpaceException e) {
            problems.add("spec.parameters: " + e.getMessage());
            return null;
        }
    }

    private static Goal objective(Objective objective, List<String> problems) {
        if (objective == null) {
            problems.add("spec.objective is missing; it needs metric (e.g. valLoss) and goal");
            return null;
        }
        if (objective.getMetric() == null || !METRIC.matcher(objective.getMetric()).matches()) {
            problems.add("spec.objective.metric = '" + objective.getMetric()
                    + "' must be a metrics key such as valLoss or valIoU");
        }
        String goal = objective.getGoal() == null ? "minimize" : objective.getGoal();
        if (objective.getTarget() != null && !Double.isFinite(objective.getTarget())) {
            problems.add("spec.objective.target = " + objective.getTarget() + " must be a finite number");
        }
        try {
            return Goal.parse(goal);
        } catch (InvalidSpaceException e) {
            problems.add("spec.objective.goal = '" + goal + "' is not supported; allowed: minimize, maximize");
            return null;
        }
    }

    private static Optional<StoppingRule> earlyStopping(EarlyStopping es, List<String> problems) {
        if (es == null) {
            return Optional.empty();
        }
        String rule = es.getRule() == null ? MedianRule.NAME : es.getRule();
        int before = problems.size();
        switch (rule) {
            case MedianRule.NAME -> {
                onlyFor(AshaRule.NAME, "minEpochs", es.getMinEpochs(), MedianRule.NAME, "minTrials, startEpoch", problems);
                onlyFor(AshaRule.NAME, "reductionFactor", es.getReductionFactor(), MedianRule.NAME, "minTrials, startEpoch", problems);
                int minTrials = atLeast("spec.earlyStopping.minTrials", es.getMinTrials(), MedianRule.DEFAULT_MIN_TRIALS, 1, problems);
                int startEpoch = atLeast("spec.earlyStopping.startEpoch", es.getStartEpoch(), MedianRule.DEFAULT_START_EPOCH, 1, problems);
                return Optional.of(new MedianRule(minTrials, startEpoch));
            }
            case AshaRule.NAME -> {
                onlyFor(MedianRule.NAME, "minTrials", es.getMinTrials(), AshaRule.NAME, "minEpochs, reductionFactor", problems);
                onlyFor(MedianRule.NAME, "startEpoch", es.getStartEpoch(), AshaRule.NAME, "minEpochs, reductionFactor", problems);
                int minEpochs = atLeast("spec.earlyStopping.minEpochs", es.getMinEpochs(), AshaRule.DEFAULT_MIN_EPOCHS, 1, problems);
                int eta = atLeast("spec.earlyStopping.reductionFactor", es.getReductionFactor(),
                        AshaRule.DEFAULT_REDUCTION_FACTOR, 2, problems);
                return problems.size() > before ? Optional.empty() : Optional.of(new AshaRule(minEpochs, eta));
            }
            default -> {
                problems.add("spec.earlyStopping.rule = '" + rule + "' is not supported; allowed: median, asha");
                return Optional.empty();
            }
        }
    }

    /** A field of the other rule: a problem naming the field, its value and the fields this rule takes. */
    private static void onlyFor(String owner, String field, Integer value, String rule, String takes, List<String> problems) {
        if (value != null) {
            problems.add("spec.earlyStopping." + field + " = " + value + " applies only to rule " + owner + "; rule "
                    + rule + " takes " + takes);
        }
    }

    private static void template(TrialTemplate t, SearchSpace space, String region, List<String> problems) {
        if (t == null) {
            problems.add("spec.trialTemplate is missing; it needs at least an image");
            return;
        }
        if (t.getImage() == null || t.getImage().isBlank() || t.getImage().chars().anyMatch(Character::isWhitespace)) {
            problems.add("spec.trialTemplate.image = '" + t.getImage() + "' must be an image reference without spaces");
        }
        Set<String> names = new LinkedHashSet<>();
        if (space != null) {
            for (Parameter p : space.parameters()) {
                names.add(p.name());
            }
        }
        placeholders("spec.trialTemplate.command", t.getCommand(), names, space != null, problems);
        placeholders("spec.trialTemplate.args", t.getArgs(), names, space != null, problems);
        if (t.getEnv() != null) {
            for (int i = 0; i < t.getEnv().size(); i++) {
                EnvVar e = t.getEnv().get(i);
                String field = "spec.trialTemplate.env[" + i + "]";
                if (e.getName() == null || e.getName().isBlank()) {
                    problems.add(field + ".name is missing");
                } else if (TrialEnv.RESERVED.contains(e.getName())) {
                    problems.add(field + ".name = '" + e.getName() + "' is set by the operator; reserved: " + TrialEnv.RESERVED);
                } else if (TrialEnv.S3_REGION.equals(e.getName()) && region != null) {
                    problems.add(field + ".name = '" + e.getName() + "' is set by the operator from spec.storage.region = '"
                            + region + "'; set one of the two");
                }
                placeholders(field + ".value", e.getValue() == null ? null : List.of(e.getValue()), names, space != null, problems);
            }
        }
        if (t.getResources() != null) {
            quantities("spec.trialTemplate.resources.limits", t.getResources().getLimits(), problems);
            quantities("spec.trialTemplate.resources.requests", t.getResources().getRequests(), problems);
        }
        atLeast("spec.trialTemplate.backoffLimit", t.getBackoffLimit(), 0, 0, problems);
        atLeast("spec.trialTemplate.ttlSecondsAfterFinished", t.getTtlSecondsAfterFinished(), 0, 0, problems);
        if (t.getActiveDeadlineSeconds() != null && t.getActiveDeadlineSeconds() < 1) {
            problems.add("spec.trialTemplate.activeDeadlineSeconds = " + t.getActiveDeadlineSeconds() + " must be at least 1");
        }
        if (t.getQueueName() != null && !LABEL_VALUE.matcher(t.getQueueName()).matches()) {
            problems.add("spec.trialTemplate.queueName = '" + t.getQueueName() + "' is not a valid label value");
        }
        for (String[] f : new String[][] {{"priorityClassName", t.getPriorityClassName()},
                {"serviceAccountName", t.getServiceAccountName()}}) {
            if (f[1] != null && !DNS_NAME.matcher(f[1]).matches()) {
                problems.add("spec.trialTemplate." + f[0] + " = '" + f[1] + "' is not a valid Kubernetes name");
            }
        }
        if (t.getImagePullPolicy() != null && !Set.of("Always", "IfNotPresent", "Never").contains(t.getImagePullPolicy())) {
            problems.add("spec.trialTemplate.imagePullPolicy = '" + t.getImagePullPolicy()
                    + "' is not supported; allowed: Always, IfNotPresent, Never");
        }
    }

    private static void placeholders(String field, List<String> values, Set<String> names, boolean spaceKnown,
            List<String> problems) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            for (String key : Placeholders.keys(values.get(i))) {
                if (!spaceKnown && key.startsWith(Placeholders.PARAM)) {
                    continue; // the space itself is already reported
                }
                String why = Placeholders.problem(key, names);
                if (why != null) {
                    problems.add(field + "[" + i + "] = '" + values.get(i) + "': placeholder ${" + key + "} " + why);
                }
            }
        }
    }

    private static void quantities(String field, Map<String, Quantity> map, List<String> problems) {
        if (map == null) {
            return;
        }
        map.forEach((name, q) -> {
            try {
                if (q == null || q.getNumericalAmount().signum() < 0) {
                    problems.add(field + "." + name + " = " + q + " must be a non-negative quantity");
                }
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add(field + "." + name + " = '" + q + "' is not a quantity (e.g. 1, 500m, 8Gi)");
            }
        });
    }

    private static void storage(Storage s, List<String> problems) {
        if (s == null) {
            problems.add("spec.storage is missing; it needs endpoint, bucket and credentialsSecret");
            return;
        }
        try {
            new S3Settings(URI.create(String.valueOf(s.getEndpoint())), null, new io.parzen.storage.S3Credentials("x", "x"));
        } catch (IllegalArgumentException e) {
            problems.add("spec.storage.endpoint = '" + s.getEndpoint() + "' must be http(s)://host[:port] without a path");
        }
        if (s.getRegion() != null && !REGION.matcher(s.getRegion()).matches()) {
            problems.add("spec.storage.region = '" + s.getRegion() + "' is not a region: lower-case letters, digits and '-', "
                    + "at most 63 (e.g. eu-central-1)");
        }
        if (s.getBucket() == null || !BUCKET.matcher(s.getBucket()).matches() || s.getBucket().contains("..")) {
            problems.add("spec.storage.bucket = '" + s.getBucket() + "' is not a valid bucket name (3-63 lower-case letters, digits, '.', '-')");
        }
        if (s.getCredentialsSecret() == null || !DNS_NAME.matcher(s.getCredentialsSecret()).matches()) {
            problems.add("spec.storage.credentialsSecret = '" + s.getCredentialsSecret() + "' is not a valid Secret name");
        }
    }

    private static int atLeast(String field, Integer value, Integer fallback, int min, List<String> problems) {
        if (value == null) {
            if (fallback == null) {
                problems.add(field + " is missing; it must be at least " + min);
                return min;
            }
            return fallback;
        }
        if (value < min) {
            problems.add(field + " = " + value + " must be at least " + min);
        }
        return value;
    }
}
