package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;

/**
 * What a Study asks for: the objective, the search space, the algorithm, the budget and the template
 * of each trial's Job. Validated by the schema where it can be and again in code ({@code
 * StudyValidator}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StudySpec {
    /**
     * The metric to optimize, read from the trainer's metrics lines and result.json.
     */
    @Required
    @JsonPropertyDescription("The metric to optimize, read from the trainer's metrics lines and result.json.")
    private Objective objective;

    /**
     * The search algorithm and its settings; TPE with defaults when omitted.
     */
    @JsonPropertyDescription("The search algorithm and its settings; TPE with defaults when omitted.")
    private Algorithm algorithm;

    /**
     * The search space: one entry per hyper-parameter, parents before the parameters they condition.
     */
    @Required
    @Size(max = 64)
    @ValidationRule(value = "size(self) >= 1", message = "a study needs at least one parameter")
    @ValidationRule(value = "self.all(p, self.exists_one(q, q.name == p.name))",
            message = "a parameter name is used twice; names must be unique",
            messageExpression = "\"parameter '\" + self.filter(p, !self.exists_one(q, q.name == p.name))[0].name"
                    + " + \"': field 'name' is used twice; names must be unique\"")
    @ValidationRule(value = "self.all(p, " + CelRules.PARENT_EXISTS + ")",
            message = "a when.parameter names no other parameter of spec.parameters",
            messageExpression = "self.filter(p, !" + CelRules.PARENT_EXISTS + ").map(p, \"parameter '\" + p.name"
                    + " + \"': field 'when.parameter' = '\" + p.when.parameter"
                    + " + \"' must name a categorical parameter declared before it\")[0]")
    @ValidationRule(value = "self.all(p, " + CelRules.PARENT_CATEGORICAL + ")",
            message = "a when.parameter names a parameter that is not categorical; conditions need a categorical parent",
            messageExpression = "self.filter(p, !" + CelRules.PARENT_CATEGORICAL + ").map(p, \"parameter '\" + p.name"
                    + " + \"': field 'when.parameter' = '\" + p.when.parameter + \"' is \""
                    + " + self.filter(q, q.name == p.when.parameter)[0].distribution"
                    + " + \"; conditions need a categorical parent\")[0]")
    @ValidationRule(value = "self.all(p, " + CelRules.IN_ALL_CHOICES + ")",
            message = "a when.in value is not a choice of its parent parameter",
            messageExpression = "self.filter(p, !" + CelRules.IN_ALL_CHOICES + ").map(p, \"parameter '\" + p.name"
                    + " + \"': field 'when.in' value \" + string(p.when.__in__.filter(v, !" + CelRules.IN_CHOICES + ")[0])"
                    + " + \" is not a choice of '\" + p.when.parameter + \"'\")[0]")
    @JsonPropertyDescription("The search space: one entry per hyper-parameter (at most 64), parents before the parameters they condition.")
    private List<ParameterSpec> parameters;

    /**
     * How many trials to run in total (failed and early-stopped ones count). Raising it on a finished
     * Study resumes it.
     */
    @Required
    @Min(1)
    @JsonPropertyDescription("How many trials to run in total (failed and early-stopped ones count). Raising it on a finished Study resumes it.")
    private Integer maxTrials;

    /**
     * How many trials may be pending or running at the same time.
     */
    @Min(1)
    @Default("1")
    @JsonPropertyDescription("How many trials may be pending or running at the same time.")
    private Integer parallelism;

    /**
     * How many trials may fail before the Study fails with TooManyFailures.
     */
    @Min(0)
    @Default("3")
    @JsonPropertyDescription("How many trials may fail before the Study fails with TooManyFailures.")
    private Integer maxFailedTrials;

    /**
     * Stops running trials that do worse than the others at the same epoch; off when omitted.
     */
    @JsonPropertyDescription("Stops running trials that do worse than the others at the same epoch; off when omitted.")
    private EarlyStopping earlyStopping;

    /**
     * How each trial runs: the Job's image, arguments and resources.
     */
    @Required
    @JsonPropertyDescription("How each trial runs: the Job's image, arguments and resources.")
    private TrialTemplate trialTemplate;

    /**
     * The S3 bucket trials write to and the operator reads results from.
     */
    @Required
    @JsonPropertyDescription("The S3 bucket trials write to and the operator reads results from.")
    private Storage storage;

    /** @return the objective */
    public Objective getObjective() {
        return objective;
    }

    /** @param objective the new value */
    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    /** @return the algorithm */
    public Algorithm getAlgorithm() {
        return algorithm;
    }

    /** @param algorithm the new value */
    public void setAlgorithm(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    /** @return the parameters */
    public List<ParameterSpec> getParameters() {
        return parameters;
    }

    /** @param parameters the new value */
    public void setParameters(List<ParameterSpec> parameters) {
        this.parameters = parameters;
    }

    /** @return the maxTrials */
    public Integer getMaxTrials() {
        return maxTrials;
    }

    /** @param maxTrials the new value */
    public void setMaxTrials(Integer maxTrials) {
        this.maxTrials = maxTrials;
    }

    /** @return the parallelism */
    public Integer getParallelism() {
        return parallelism;
    }

    /** @param parallelism the new value */
    public void setParallelism(Integer parallelism) {
        this.parallelism = parallelism;
    }

    /** @return the maxFailedTrials */
    public Integer getMaxFailedTrials() {
        return maxFailedTrials;
    }

    /** @param maxFailedTrials the new value */
    public void setMaxFailedTrials(Integer maxFailedTrials) {
        this.maxFailedTrials = maxFailedTrials;
    }

    /** @return the earlyStopping */
    public EarlyStopping getEarlyStopping() {
        return earlyStopping;
    }

    /** @param earlyStopping the new value */
    public void setEarlyStopping(EarlyStopping earlyStopping) {
        this.earlyStopping = earlyStopping;
    }

    /** @return the trialTemplate */
    public TrialTemplate getTrialTemplate() {
        return trialTemplate;
    }

    /** @param trialTemplate the new value */
    public void setTrialTemplate(TrialTemplate trialTemplate) {
        this.trialTemplate = trialTemplate;
    }

    /** @return the storage */
    public Storage getStorage() {
        return storage;
    }

    /** @param storage the new value */
    public void setStorage(Storage storage) {
        this.storage = storage;
    }

}
