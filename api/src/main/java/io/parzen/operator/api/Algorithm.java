package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;

/**
 * The search algorithm and its settings; every field is optional and has the tpe module's default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Algorithm {
    /**
     * tpe or random.
     */
    @Pattern("^(tpe|random)$")
    @Default("tpe")
    @JsonPropertyDescription("tpe or random.")
    private String name;

    /**
     * Seed of the sampler; the same seed and history give the same suggestions.
     */
    @JsonPropertyDescription("Seed of the sampler; the same seed and history give the same suggestions.")
    private Long seed;

    /**
     * Trials drawn from the priors before TPE takes over.
     */
    @Min(0)
    @JsonPropertyDescription("Trials drawn from the priors before TPE takes over.")
    private Integer startupTrials;

    /**
     * Candidates drawn from l(x) per suggestion.
     */
    @Min(1)
    @JsonPropertyDescription("Candidates drawn from l(x) per suggestion.")
    private Integer candidates;

    /**
     * How many ranked trials form the good group: linear (Optuna) or sqrt (hyperopt).
     */
    @Pattern("^(linear|sqrt)$")
    @JsonPropertyDescription("How many ranked trials form the good group: linear (Optuna) or sqrt (hyperopt).")
    private String gammaRule;

    /**
     * Weight of the prior among the Parzen components.
     */
    @Min(0)
    @JsonPropertyDescription("Weight of the prior among the Parzen components.")
    private Double priorWeight;

    /**
     * Treat pending and running trials as bad, so that parallel suggestions spread out.
     */
    @JsonPropertyDescription("Treat pending and running trials as bad, so that parallel suggestions spread out.")
    private Boolean constantLiar;

    /**
     * Model the parameters jointly instead of one by one.
     */
    @JsonPropertyDescription("Model the parameters jointly instead of one by one.")
    private Boolean multivariate;

    /**
     * Default settings of a family: parzen (Optuna-like) or hyperopt.
     */
    @Pattern("^(parzen|hyperopt)$")
    @JsonPropertyDescription("Default settings of a family: parzen (Optuna-like) or hyperopt.")
    private String flavor;

    /**
     * Weigh each kernel also by its bandwidth, favouring broad kernels in sparse regions (parzen's
     * own option, off by default; docs/tpe.md).
     */
    @JsonPropertyDescription("Weigh each kernel also by its bandwidth, favouring broad kernels in sparse regions (parzen's own option, off by default).")
    private Boolean bandwidthWeighted;

    /**
     * How a kernel's bandwidth comes from its neighbours: endpoints (the bounds count as outer
     * neighbours; flavor parzen's default) or tpe (the prior mean among them; flavor hyperopt's).
     */
    @Pattern("^(endpoints|tpe)$")
    @JsonPropertyDescription("How a kernel's bandwidth comes from its neighbours: endpoints (the bounds count as outer neighbours; flavor parzen's default) or tpe (the prior mean among the observations; flavor hyperopt's).")
    private String bandwidths;

    /**
     * The categorical kernel: shrinking (priorWeight / (n + 1) spread over the choices; flavor
     * parzen's default) or fixed (priorWeight / K whatever n; flavor hyperopt's).
     */
    @Pattern("^(shrinking|fixed)$")
    @JsonPropertyDescription("The categorical kernel: shrinking (priorWeight / (n + 1) spread over the choices, so kernels sharpen as trials accumulate; flavor parzen's default) or fixed (priorWeight / K whatever n; flavor hyperopt's).")
    private String categoricalKernel;

    /**
     * Sharpen the joint l(x) late in a study: its narrowest kernel follows half of all finished
     * trials, not only the good ones (flavor parzen's default; off for hyperopt). It applies only
     * while no trial is in flight and every joint parameter is numeric; docs/tpe.md.
     */
    @JsonPropertyDescription("Sharpen l(x) as trials accumulate: the joint l(x)'s narrowest kernel follows half of all finished trials, not only the good ones, while no trial is in flight, spec.parallelism is 1 and every joint parameter is numeric; a univariate l(x)'s follows 0.35 of the finished trials that have the parameter (flavor parzen's default; off for hyperopt).")
    private Boolean sharpen;

    /**
     * In a study with spec.parallelism of 6 or more, suggest every second trial with independent,
     * bandwidth-weighted estimators instead of the joint one (flavor parzen's default); docs/tpe.md.
     */
    @JsonPropertyDescription("With spec.parallelism 6 or more and multivariate on, suggest every second trial with independent, bandwidth-weighted estimators instead of the joint one: two models spread a wide batch of parallel trials better than one (flavor parzen's default; off for hyperopt).")
    private Boolean alternateEstimators;

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @param name the new value */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the seed */
    public Long getSeed() {
        return seed;
    }

    /** @param seed the new value */
    public void setSeed(Long seed) {
        this.seed = seed;
    }

    /** @return the startupTrials */
    public Integer getStartupTrials() {
        return startupTrials;
    }

    /** @param startupTrials the new value */
    public void setStartupTrials(Integer startupTrials) {
        this.startupTrials = startupTrials;
    }

    /** @return the candidates */
    public Integer getCandidates() {
        return candidates;
    }

    /** @param candidates the new value */
    public void setCandidates(Integer candidates) {
        this.candidates = candidates;
    }

    /** @return the gammaRule */
    public String getGammaRule() {
        return gammaRule;
    }

    /** @param gammaRule the new value */
    public void setGammaRule(String gammaRule) {
        this.gammaRule = gammaRule;
    }

    /** @return the priorWeight */
    public Double getPriorWeight() {
        return priorWeight;
    }

    /** @param priorWeight the new value */
    public void setPriorWeight(Double priorWeight) {
        this.priorWeight = priorWeight;
    }

    /** @return the constantLiar */
    public Boolean getConstantLiar() {
        return constantLiar;
    }

    /** @param constantLiar the new value */
    public void setConstantLiar(Boolean constantLiar) {
        this.constantLiar = constantLiar;
    }

    /** @return the multivariate */
    public Boolean getMultivariate() {
        return multivariate;
    }

    /** @param multivariate the new value */
    public void setMultivariate(Boolean multivariate) {
        this.multivariate = multivariate;
    }

    /** @return whether kernels are weighted by their bandwidth */
    public Boolean getBandwidthWeighted() {
        return bandwidthWeighted;
    }

    /** @param bandwidthWeighted whether kernels are weighted by their bandwidth */
    public void setBandwidthWeighted(Boolean bandwidthWeighted) {
        this.bandwidthWeighted = bandwidthWeighted;
    }

    /** @return the flavor */
    public String getFlavor() {
        return flavor;
    }

    /** @param flavor the new value */
    public void setFlavor(String flavor) {
        this.flavor = flavor;
    }

    /** @return the bandwidths rule */
    public String getBandwidths() {
        return bandwidths;
    }

    /** @param bandwidths the new value */
    public void setBandwidths(String bandwidths) {
        this.bandwidths = bandwidths;
    }

    /** @return the categorical kernel */
    public String getCategoricalKernel() {
        return categoricalKernel;
    }

    /** @param categoricalKernel the new value */
    public void setCategoricalKernel(String categoricalKernel) {
        this.categoricalKernel = categoricalKernel;
    }

    /** @return whether l(x) is sharpened */
    public Boolean getSharpen() {
        return sharpen;
    }

    /** @param sharpen whether l(x) is sharpened */
    public void setSharpen(Boolean sharpen) {
        this.sharpen = sharpen;
    }

    /** @return whether wide parallel studies alternate between the joint and independent estimators */
    public Boolean getAlternateEstimators() {
        return alternateEstimators;
    }

    /** @param alternateEstimators whether wide parallel studies alternate estimators */
    public void setAlternateEstimators(Boolean alternateEstimators) {
        this.alternateEstimators = alternateEstimators;
    }
}
