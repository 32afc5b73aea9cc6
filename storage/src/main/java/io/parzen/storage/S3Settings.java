package io.parzen.storage;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an S3 service: endpoint, region and credentials. Comes from the environment every
 * trial pod gets ({@link #fromEnv}) or from an {@code EmbeddedS3Server} (module s3-embedded). {@link #toString()} leaves
 * the credentials out.
 *
 * @param endpoint the service URL, e.g. {@code http://minio.parzen:9000}; no user info, no path
 * @param region the signing region; S3-compatible servers accept any, AWS needs the bucket's
 * @param credentials access key and secret
 */
public record S3Settings(URI endpoint, String region, S3Credentials credentials) {
    /** Endpoint of the S3 service. */
    public static final String ENDPOINT_VAR = "PARZEN_S3_ENDPOINT";
    /** Access key id. */
    public static final String ACCESS_KEY_VAR = "AWS_ACCESS_KEY_ID";
    /** Secret access key. */
    public static final String SECRET_KEY_VAR = "AWS_SECRET_ACCESS_KEY";
    /** Optional signing region. */
    public static final String REGION_VAR = "AWS_REGION";
    /** Region used when none is given. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** Checks the endpoint: http(s), a host, no credentials in it, no path. */
    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        if (region == null || region.isBlank()) {
            region = DEFAULT_REGION;
        }
        if (endpoint.getRawUserInfo() != null) {
            // Do not echo the endpoint: the user info may be a secret.
            throw new IllegalArgumentException("S3 endpoint must not contain user info; pass credentials in "
                    + ACCESS_KEY_VAR + " / " + SECRET_KEY_VAR);
        }
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || endpoint.getHost() == null) {
            throw new IllegalArgumentException("S3 endpoint '" + endpoint + "' must be http://host[:port] or https://host[:port]");
        }
        String path = endpoint.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("S3 endpoint '" + endpoint + "' must not have a path; put the bucket in s3://bucket/prefix");
        }
    }

    /**
     * Reads {@code PARZEN_S3_ENDPOINT}, {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}
     * and optional {@code AWS_REGION}; a missing one is named in the message.
     *
     * @param forWhat what needs them, for the message (e.g. {@code s3://bucket/prefix})
     */
    public static S3Settings fromEnv(Map<String, String> env, String forWhat) {
        String endpoint = require(env, ENDPOINT_VAR, forWhat);
        String accessKey = require(env, ACCESS_KEY_VAR, forWhat);
        String secretKey = require(env, SECRET_KEY_VAR, forWhat);
        URI uri;
        try {
            uri = URI.create(endpoint.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENDPOINT_VAR + " is not a URL: '" + endpoint + "'");
        }
        return new S3Settings(uri, env.get(REGION_VAR), new S3Credentials(accessKey, secretKey));
    }

    /**
     * The environment variables that reproduce these settings in a child process (a local trainer).
     * The map holds the secret: pass it to the process, never print it.
     */
    public Map<String, String> toEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ENDPOINT_VAR, endpoint.toString());
        env.put(ACCESS_KEY_VAR, credentials.accessKey());
        env.put(SECRET_KEY_VAR, credentials.secretKey());
        env.put(REGION_VAR, region);
        return env;
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + "]";
    }

    private static String require(Map<String, String> env, String name, String forWhat) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set; it is needed to open " + forWhat);
        }
        return value;
    }
}
