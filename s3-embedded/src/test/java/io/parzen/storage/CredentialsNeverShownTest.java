package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parzen.storage.embedded.EmbeddedS3Server;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text this module produces about an S3 store, checked for the access key and the secret. */
class CredentialsNeverShownTest {
    @TempDir
    Path temp;

    static void assertClean(String text, S3Credentials credentials) {
        assertFalse(text.contains(credentials.secretKey()), () -> "secret in: " + text);
        assertFalse(text.contains(credentials.accessKey()), () -> "access key in: " + text);
    }

    @Test
    void valuesAndMessagesOfARunningServer() throws IOException {
        try (EmbeddedS3Server server = EmbeddedS3Server.start(temp, "secrets");
                S3ObjectStore store = server.openStore("p/")) {
            S3Credentials credentials = server.settings().credentials();
            List<String> texts = new ArrayList<>(List.of(
                    credentials.toString(), server.settings().toString(), server.toString(),
                    store.toString(), store.describe()));
            texts.add(assertThrows(ObjectNotFoundException.class, () -> store.get("missing")).getMessage());
            S3Settings wrongSecret = new S3Settings(server.endpoint(), null,
                    new S3Credentials(credentials.accessKey(), credentials.secretKey() + "x"));
            try (S3ObjectStore denied = new S3ObjectStore(wrongSecret, "secrets", "", RetryPolicy.NONE)) {
                IOException e = assertThrows(IOException.class, () -> denied.put("k", new byte[1], null));
                texts.add(e.getMessage());
                texts.add(String.valueOf(e.getCause()));
            }
            for (String text : texts) {
                assertClean(text, credentials);
            }
        }
    }

    @Test
    void settingsFromTheEnvironment() {
        S3Credentials credentials = new S3Credentials("AKIDSHOULDNOTSHOW", "SECRETSHOULDNOTSHOW");
        S3Settings settings = S3Settings.fromEnv(Map.of(
                "PARZEN_S3_ENDPOINT", "http://minio:9000",
                "AWS_ACCESS_KEY_ID", credentials.accessKey(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretKey()), "s3://b/");
        assertClean(settings.toString(), credentials);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new S3Settings(
                URI.create("http://AKIDSHOULDNOTSHOW:SECRETSHOULDNOTSHOW@minio:9000"), null, credentials));
        assertClean(e.getMessage(), credentials);
    }
}
