package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * Where trials write their output: an S3 endpoint, its region, a bucket and the Secret holding the keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Storage {
    /** What a region looks like: a DNS label (us-east-1, eu-central-1, garage). */
    public static final String REGION_PATTERN = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";

    /**
     * S3 endpoint reachable from the trial pods and the operator, e.g. the chart's store
     * http://seaweedfs.NAMESPACE.svc:8333 or https://s3.eu-central-1.amazonaws.com.
     */
    @Required
    @Pattern("^https?://[^/@]+/?$")
    @JsonPropertyDescription("S3 endpoint reachable from the trial pods and the operator, e.g. the chart's store "
            + "http://seaweedfs.NAMESPACE.svc:8333 or https://s3.eu-central-1.amazonaws.com; no path.")
    private String endpoint;

    /**
     * The region requests are signed for; optional, default us-east-1. AWS needs the bucket's
     * region; most other S3 servers accept any (Garage checks its own).
     */
    @Pattern(REGION_PATTERN)
    @Size(max = 63)
    @JsonPropertyDescription("The region S3 requests are signed for (the operator's and the trials', as AWS_REGION); "
            + "default us-east-1. AWS needs the bucket's region, e.g. eu-central-1; most other S3 servers accept any.")
    private String region;

    /**
     * The bucket; trial output goes under studies/<study>/trials/<trial>/.
     */
    @Required
    @Pattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
    @ValidationRule(value = "!self.contains('..')",
            message = "spec.storage.bucket is not a valid bucket name (3-63 lower-case letters, digits, '.', '-')",
            messageExpression = "\"spec.storage.bucket = '\" + self"
                    + " + \"' is not a valid bucket name (3-63 lower-case letters, digits, '.', '-')\"")
    @JsonPropertyDescription("The bucket; trial output goes under studies/<study>/trials/<trial>/.")
    private String bucket;

    /**
     * Secret in the Study's namespace with keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY;
     * referenced by the pods, never copied.
     */
    @Required
    @Size(max = 253)
    @ValidationRule(value = "self.matches('" + CelRules.DNS_NAME + "')",
            message = "spec.storage.credentialsSecret is not a valid Secret name",
            messageExpression = "\"spec.storage.credentialsSecret = '\" + self + \"' is not a valid Secret name\"")
    @JsonPropertyDescription("Secret in the Study's namespace with keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; referenced by the pods, never copied.")
    private String credentialsSecret;

    /** @return the endpoint */
    public String getEndpoint() {
        return endpoint;
    }

    /** @param endpoint the new value */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    /** @return the region, or null for the default */
    public String getRegion() {
        return region;
    }

    /** @param region the new value */
    public void setRegion(String region) {
        this.region = region;
    }

    /** @return the bucket */
    public String getBucket() {
        return bucket;
    }

    /** @param bucket the new value */
    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    /** @return the credentialsSecret */
    public String getCredentialsSecret() {
        return credentialsSecret;
    }

    /** @param credentialsSecret the new value */
    public void setCredentialsSecret(String credentialsSecret) {
        this.credentialsSecret = credentialsSecret;
    }

}
