package io.parzen.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code parzen operator} as a user runs it, against the fabric8 mock API server: the client comes
 * from the standard configuration (here the {@code kubernetes.master} system property instead of a
 * kubeconfig), the endpoints answer, and an invalid Study gets its
 * InvalidSpec status through the command's operator.
 */
class OperatorCommandIT {

    @Test
    void runsAgainstTheMockAndServesEndpoints() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(java.util.List.of()), false);
        server.init();
        server.expectCustomResource(CustomResourceDefinitionContext.fromCustomResourceType(Study.class));
        server.expectCustomResource(CustomResourceDefinitionContext.fromCustomResourceType(Trial.class));
        String[] keys = {"kubernetes.master", "kubernetes.auth.tryKubeConfig", "kubernetes.auth.tryServiceAccount",
            "kubernetes.namespace"};
        String[] values = {server.url("/"), "false", "false", "cli"};
        for (int i = 0; i < keys.length; i++) {
            System.setProperty(keys[i], values[i]);
        }
        OperatorCommand command = new OperatorCommand();
        CompletableFuture<Integer> run = null;
        try (KubernetesClient client = server.createClient()) {
            client.secrets().inNamespace("cli").resource(new SecretBuilder().withNewMetadata().withName("creds").endMetadata()
                    .addToStringData("AWS_ACCESS_KEY_ID", "a").addToStringData("AWS_SECRET_ACCESS_KEY", "b").build()).create();
            CommandLine cli = new CommandLine(command);
            // Without --leader-election: JOSDK exits the JVM when a leader stops, which would end the test run.
            run = CompletableFuture.supplyAsync(() -> cli.execute("-n", "cli", "--http-port", "0"));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (command.httpPort() < 0 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + command.httpPort();
            assertEquals(200, get(http, base + "/healthz").statusCode());

            Study bad = Serialization.unmarshal("""
                    apiVersion: parzen.io/v1alpha1
                    kind: Study
                    metadata: {name: bad, namespace: cli}
                    spec:
                      objective: {metric: valLoss}
                      parameters: [{name: lr, distribution: uniform, low: 1, high: 0}]
                      maxTrials: 2
                      trialTemplate: {image: trainer:1}
                      storage: {endpoint: "http://127.0.0.1:1", bucket: parzen, credentialsSecret: creds}
                    """, Study.class);
            client.resource(bad).create();
            Study seen = null;
            while (System.nanoTime() < end) {
                seen = client.resources(Study.class).inNamespace("cli").withName("bad").get();
                if (seen.getStatus() != null) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals("Failed", seen.getStatus().getPhase());
            assertTrue(seen.getStatus().getConditions().get(0).getMessage().contains("parameter 'lr'"));
            assertEquals(200, get(http, base + "/readyz").statusCode());
            String metrics = get(http, base + "/metrics").body();
            assertTrue(metrics.contains("parzen_reconciles_total{controller=\"study\",outcome=\"success\"}"), metrics);
        } finally {
            command.stop();
            if (run != null) {
                assertEquals(0, run.get(30, TimeUnit.SECONDS));
            }
            for (String k : keys) {
                System.clearProperty(k);
            }
            server.destroy();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
