package io.parzen.operator.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.parzen.operator.ParzenOperator;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.planning.Fixtures;
import io.parzen.storage.embedded.EmbeddedS3Server;
import io.parzen.storage.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A cluster without a cluster: the fabric8 mock API server in CRUD mode, the embedded S3 server
 * with a credentials Secret for it, and helpers to start the operator and wait for conditions.
 */
final class Harness implements AutoCloseable {
    static final String BUCKET = "parzen";
    static final String SECRET = "s3-creds";
    final KubernetesMockServer server;
    final KubernetesClient client;
    final EmbeddedS3Server s3;
    final ObjectStore store;
    private final Path folder;

    /** Kept referenced so that the level sticks: the mock logs every request at INFO otherwise. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    Harness() throws IOException {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        // CRUD mode, plus expectations (grantLeases) answered before the CRUD store.
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        server.init();
        server.expectCustomResource(CustomResourceDefinitionContext.fromCustomResourceType(Study.class));
        server.expectCustomResource(CustomResourceDefinitionContext.fromCustomResourceType(Trial.class));
        client = server.createClient();
        folder = Files.createTempDirectory(Path.of("target"), "s3-");
        s3 = EmbeddedS3Server.start(folder, BUCKET);
        store = s3.openStore("");
    }

    /** Creates the credentials Secret in {@code namespace}. */
    void secret(String namespace) {
        client.secrets().inNamespace(namespace).resource(new SecretBuilder()
                .withNewMetadata().withName(SECRET).withNamespace(namespace).endMetadata()
                .addToStringData("AWS_ACCESS_KEY_ID", s3.settings().credentials().accessKey())
                .addToStringData("AWS_SECRET_ACCESS_KEY", s3.settings().credentials().secretKey())
                .build()).create();
    }

    /**
     * Answers the SelfSubjectRulesReview that JOSDK's leader election sends at start-up (the mock
     * would store it and answer without a status) with the chart's Lease rule: create, get, update
     * and patch on {@code coordination.k8s.io} leases.
     */
    void grantLeases() {
        SelfSubjectRulesReview granted = new SelfSubjectRulesReviewBuilder()
                .withNewStatus().withIncomplete(false)
                    .addNewResourceRule().withApiGroups("coordination.k8s.io").withResources("leases")
                        .withVerbs("create", "get", "update", "patch").endResourceRule()
                .endStatus().build();
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
                .andReturn(201, granted).always();
    }

    /** The test fixture study, pointed at the embedded S3 server, with edits (JSON pointer, YAML value pairs). */
    Study study(String namespace, String name, String... edits) {
        ObjectNode t = Fixtures.tree("it-study.yaml");
        Fixtures.with(t, "/metadata/name", name);
        Fixtures.with(t, "/metadata/namespace", namespace);
        Fixtures.with(t, "/spec/storage/endpoint", "'" + s3.endpoint() + "'");
        for (int i = 0; i < edits.length; i += 2) {
            Fixtures.with(t, edits[i], edits[i + 1]);
        }
        return Fixtures.study(t);
    }

    /** Starts an operator watching {@code namespace} that polls running trials every 100 ms. */
    ParzenOperator operator(String namespace) {
        ParzenOperator op = new ParzenOperator(client, new ParzenOperator.Settings(Set.of(namespace), null,
                Duration.ofMillis(100), 4));
        op.start();
        return op;
    }

    List<Trial> trials(String namespace) {
        return client.resources(Trial.class).inNamespace(namespace).list().getItems().stream()
                .sorted(Comparator.comparing(t -> t.getMetadata().getName())).toList();
    }

    Study get(String namespace, String name) {
        return client.resources(Study.class).inNamespace(namespace).withName(name).get();
    }

    static void await(Duration timeout, BooleanSupplier done, Supplier<String> what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out after " + timeout + ": " + what.get());
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Override
    public void close() throws Exception {
        store.close();
        s3.close();
        client.close();
        server.destroy();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
