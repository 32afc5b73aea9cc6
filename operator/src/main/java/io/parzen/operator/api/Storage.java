package io.parzen.operator.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * Where trials write their output: an S3 endpoint, a bucket and the Secret holding the keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Storage {
    /**
     * S3 endpoint reachable from the trial pods and the operator, e.g. http://minio.parzen:9000.
     */
    @Required
    @Pattern("^https?://[^/@]+/?$")
    @JsonPropertyDescription("S3 endpoint reachable from the trial pods and the operator, e.g. http://minio.parzen:9000.")
    private String endpoint;

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
