package io.parzen.operator.controller;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.parzen.operator.api.Storage;
import io.parzen.storage.S3Credentials;
import io.parzen.storage.S3Settings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} keys of a Study's Secret
 * through the API, keeping each answer for a short time so that a busy study does not read the
 * Secret on every reconcile. The values stay in memory only; nothing here logs them.
 */
public final class SecretCredentials implements Credentials {
    private final KubernetesClient client;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(S3Settings settings, String problem, long expiresMillis) {}

    /** Reads Secrets with {@code client}, caching each for {@code ttl}. */
    public SecretCredentials(KubernetesClient client, Duration ttl, Clock clock) {
        this.client = client;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public S3Settings settings(String namespace, Storage storage) throws CredentialsException {
        String key = namespace + "/" + storage.getCredentialsSecret() + "@" + storage.getEndpoint() + "#" + storage.getRegion();
        long now = clock.millis();
        Cached c = cache.get(key);
        if (c == null || c.expiresMillis() < now) {
            c = read(namespace, storage, now);
            cache.put(key, c);
        }
        if (c.problem() != null) {
            throw new CredentialsException(c.problem());
        }
        return c.settings();
    }

    private Cached read(String namespace, Storage storage, long now) {
        long expires = now + ttl.toMillis();
        String name = storage.getCredentialsSecret();
        Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
        String where = "spec.storage.credentialsSecret = '" + name + "'";
        if (secret == null) {
            // Retry a missing Secret sooner: the user is probably creating it now.
            return new Cached(null, where + ": Secret not found in namespace " + namespace, now + Math.min(ttl.toMillis(), 2000));
        }
        String access = value(secret, S3Settings.ACCESS_KEY_VAR);
        String secretKey = value(secret, S3Settings.SECRET_KEY_VAR);
        for (String[] k : new String[][] {{S3Settings.ACCESS_KEY_VAR, access}, {S3Settings.SECRET_KEY_VAR, secretKey}}) {
            if (k[1] == null || k[1].isBlank()) {
                return new Cached(null, where + ": the Secret has no key " + k[0], now + Math.min(ttl.toMillis(), 2000));
            }
        }
        try {
            S3Settings settings = new S3Settings(URI.create(storage.getEndpoint().strip()), storage.getRegion(),
                    new S3Credentials(access, secretKey));
            return new Cached(settings, null, expires);
        } catch (IllegalArgumentException e) {
            return new Cached(null, "spec.storage.endpoint = '" + storage.getEndpoint() + "': " + e.getMessage(), expires);
        }
    }

    private static String value(Secret secret, String key) {
        if (secret.getStringData() != null && secret.getStringData().get(key) != null) {
            return secret.getStringData().get(key);
        }
        if (secret.getData() != null && secret.getData().get(key) != null) {
            return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8).strip();
        }
        return null;
    }
}
