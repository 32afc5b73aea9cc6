package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;

/**
 * How each trial runs as a Job. Command, args and env values may use the placeholders ${param.NAME},
 * ${trial.name} and ${study.name}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TrialTemplate {
    /**
     * Trainer image, e.g. ghcr.io/parzen/trainer:0.1.0-cuda.
     */
    @Required
    @ValidationRule(value = "self.matches('^\\\\S+$')", message = "spec.trialTemplate.image must be an image reference without spaces",
            messageExpression = "\"spec.trialTemplate.image = '\" + self + \"' must be an image reference without spaces\"")
    @JsonPropertyDescription("Trainer image, e.g. ghcr.io/parzen/trainer:0.1.0-cuda.")
    private String image;

    /**
     * Always, IfNotPresent or Never; the Kubernetes default when omitted.
     */
    @ValidationRule(value = "self in ['Always', 'IfNotPresent', 'Never']",
            message = "spec.trialTemplate.imagePullPolicy is not supported; allowed: Always, IfNotPresent, Never",
            messageExpression = "\"spec.trialTemplate.imagePullPolicy = '\" + self"
                    + " + \"' is not supported; allowed: Always, IfNotPresent, Never\"")
    @JsonPropertyDescription("Always, IfNotPresent or Never; the Kubernetes default when omitted.")
    private String imagePullPolicy;

    /**
     * Entrypoint override; the image's entrypoint when omitted.
     */
    @JsonPropertyDescription("Entrypoint override; the image's entrypoint when omitted.")
    private List<String> command;

    /**
     * Arguments of the trainer, with placeholders filled in.
     */
    @JsonPropertyDescription("Arguments of the trainer, with placeholders filled in.")
    private List<String> args;

    /**
     * Extra environment variables (values may use placeholders); PARZEN_* and AWS_* are set by the
     * operator.
     */
    @Size(max = 64)
    @ValidationRule(value = "self.all(e, !has(e.name) || !(e.name in " + CelRules.RESERVED_ENV + "))",
            message = "spec.trialTemplate.env sets a variable that the operator sets",
            messageExpression = "\"spec.trialTemplate.env: name '\" + self.filter(e, has(e.name) && e.name in "
                    + CelRules.RESERVED_ENV + ")[0].name + \"' is set by the operator; reserved: \" + "
                    + "\"" + "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, PARZEN_OUTPUT, PARZEN_PARAMS, PARZEN_PLACEHOLDER_PARAMS,"
                    + " PARZEN_S3_ENDPOINT, PARZEN_STUDY, PARZEN_TRIAL" + "\"")
    @JsonPropertyDescription("Extra environment variables (at most 64; values may use placeholders); PARZEN_* and AWS_* are set by the operator.")
    private List<EnvVar> env;

    /**
     * Requests and limits, e.g. nvidia.com/gpu: 1.
     */
    @JsonPropertyDescription("Requests and limits, e.g. nvidia.com/gpu: 1.")
    private ResourceRequirements resources;

    /**
     * Node labels the trial pod must match, e.g. a GPU node pool.
     */
    @JsonPropertyDescription("Node labels the trial pod must match, e.g. a GPU node pool.")
    private Map<String, String> nodeSelector;

    /**
     * Tolerations of the trial pod, e.g. for tainted GPU nodes.
     */
    @JsonPropertyDescription("Tolerations of the trial pod, e.g. for tainted GPU nodes.")
    private List<Toleration> tolerations;

    /**
     * Priority class of the trial pod.
     */
    @Size(max = 253)
    @ValidationRule(value = "self.matches('" + CelRules.DNS_NAME + "')",
            message = "spec.trialTemplate.priorityClassName is not a valid Kubernetes name",
            messageExpression = "\"spec.trialTemplate.priorityClassName = '\" + self + \"' is not a valid Kubernetes name\"")
    @JsonPropertyDescription("Priority class of the trial pod.")
    private String priorityClassName;

    /**
     * Service account of the trial pod.
     */
    @Size(max = 253)
    @ValidationRule(value = "self.matches('" + CelRules.DNS_NAME + "')",
            message = "spec.trialTemplate.serviceAccountName is not a valid Kubernetes name",
            messageExpression = "\"spec.trialTemplate.serviceAccountName = '\" + self + \"' is not a valid Kubernetes name\"")
    @JsonPropertyDescription("Service account of the trial pod.")
    private String serviceAccountName;

    /**
     * Retries of the trial pod before the Job fails; 0 when omitted.
     */
    @Min(0)
    @JsonPropertyDescription("Retries of the trial pod before the Job fails; 0 when omitted.")
    private Integer backoffLimit;

    /**
     * Seconds after which a running trial is killed and fails with DeadlineExceeded.
     */
    @Min(1)
    @JsonPropertyDescription("Seconds after which a running trial is killed and fails with DeadlineExceeded.")
    private Long activeDeadlineSeconds;

    /**
     * Seconds a finished Job is kept before Kubernetes deletes it; 3600 when omitted.
     */
    @Min(0)
    @JsonPropertyDescription("Seconds a finished Job is kept before Kubernetes deletes it; 3600 when omitted.")
    private Integer ttlSecondsAfterFinished;

    /**
     * Kueue LocalQueue to submit the Job to (label kueue.x-k8s.io/queue-name); the Job starts
     * suspended then.
     */
    @Size(max = 63)
    @ValidationRule(value = "self.matches('^([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$')",
            message = "spec.trialTemplate.queueName is not a valid label value",
            messageExpression = "\"spec.trialTemplate.queueName = '\" + self + \"' is not a valid label value\"")
    @JsonPropertyDescription("Kueue LocalQueue to submit the Job to (label kueue.x-k8s.io/queue-name); the Job starts suspended then.")
    private String queueName;

    /** @return the image */
    public String getImage() {
        return image;
    }

    /** @param image the new value */
    public void setImage(String image) {
        this.image = image;
    }

    /** @return the imagePullPolicy */
    public String getImagePullPolicy() {
        return imagePullPolicy;
    }

    /** @param imagePullPolicy the new value */
    public void setImagePullPolicy(String imagePullPolicy) {
        this.imagePullPolicy = imagePullPolicy;
    }

    /** @return the command */
    public List<String> getCommand() {
        return command;
    }

    /** @param command the new value */
    public void setCommand(List<String> command) {
        this.command = command;
    }

    /** @return the args */
    public List<String> getArgs() {
        return args;
    }

    /** @param args the new value */
    public void setArgs(List<String> args) {
        this.args = args;
    }

    /** @return the env */
    public List<EnvVar> getEnv() {
        return env;
    }

    /** @param env the new value */
    public void setEnv(List<EnvVar> env) {
        this.env = env;
    }

    /** @return the resources */
    public ResourceRequirements getResources() {
        return resources;
    }

    /** @param resources the new value */
    public void setResources(ResourceRequirements resources) {
        this.resources = resources;
    }

    /** @return the nodeSelector */
    public Map<String, String> getNodeSelector() {
        return nodeSelector;
    }

    /** @param nodeSelector the new value */
    public void setNodeSelector(Map<String, String> nodeSelector) {
        this.nodeSelector = nodeSelector;
    }

    /** @return the tolerations */
    public List<Toleration> getTolerations() {
        return tolerations;
    }

    /** @param tolerations the new value */
    public void setTolerations(List<Toleration> tolerations) {
        this.tolerations = tolerations;
    }

    /** @return the priorityClassName */
    public String getPriorityClassName() {
        return priorityClassName;
    }

    /** @param priorityClassName the new value */
    public void setPriorityClassName(String priorityClassName) {
        this.priorityClassName = priorityClassName;
    }

    /** @return the serviceAccountName */
    public String getServiceAccountName() {
        return serviceAccountName;
    }

    /** @param serviceAccountName the new value */
    public void setServiceAccountName(String serviceAccountName) {
        this.serviceAccountName = serviceAccountName;
    }

    /** @return the backoffLimit */
    public Integer getBackoffLimit() {
        return backoffLimit;
    }

    /** @param backoffLimit the new value */
    public void setBackoffLimit(Integer backoffLimit) {
        this.backoffLimit = backoffLimit;
    }

    /** @return the activeDeadlineSeconds */
    public Long getActiveDeadlineSeconds() {
        return activeDeadlineSeconds;
    }

    /** @param activeDeadlineSeconds the new value */
    public void setActiveDeadlineSeconds(Long activeDeadlineSeconds) {
        this.activeDeadlineSeconds = activeDeadlineSeconds;
    }

    /** @return the ttlSecondsAfterFinished */
    public Integer getTtlSecondsAfterFinished() {
        return ttlSecondsAfterFinished;
    }

    /** @param ttlSecondsAfterFinished the new value */
    public void setTtlSecondsAfterFinished(Integer ttlSecondsAfterFinished) {
        this.ttlSecondsAfterFinished = ttlSecondsAfterFinished;
    }

    /** @return the queueName */
    public String getQueueName() {
        return queueName;
    }

    /** @param queueName the new value */
    public void setQueueName(String queueName) {
        this.queueName = queueName;
    }

}
