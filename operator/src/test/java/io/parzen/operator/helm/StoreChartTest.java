package io.parzen.operator.helm;

import static io.parzen.operator.helm.ChartTest.NS;
import static io.parzen.operator.helm.ChartTest.b64;
import static io.parzen.operator.helm.ChartTest.count;
import static io.parzen.operator.helm.ChartTest.decoded;
import static io.parzen.operator.helm.ChartTest.one;
import static io.parzen.operator.helm.ChartTest.render;
import static io.parzen.operator.helm.ChartTest.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart's optional in-cluster store (SeaweedFS), rendered through real helm like the rest of
 * the chart ({@link ChartTest} also runs every pod and field check on it): its Secret, volume,
 * Service, the server's command line, the Secret rule, and the values it replaced.
 */
class StoreChartTest {
    static final String SECRET = "parzen-s3";
    static final String STORE = "seaweedfs";

    @BeforeAll
    static void startApiServer() throws IOException {
        ChartTest.startApiServer();
    }

    @AfterAll
    static void stopApiServer() {
        ChartTest.stopApiServer();
    }

    @Test
    void defaultsRunSeaweedfsOnAPvcWithGeneratedCredentialsAndTheBucketCreatedAtStart() {
        List<HasMetadata> objects = render(Map.of());

        Secret secret = one(objects, Secret.class, SECRET);
        assertEquals(Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"), secret.getData().keySet());
        assertTrue(decoded(secret, "AWS_ACCESS_KEY_ID").matches("[A-Za-z0-9]{20}"));
        assertTrue(decoded(secret, "AWS_SECRET_ACCESS_KEY").matches("[A-Za-z0-9]{40}"));
        assertEquals("keep", secret.getMetadata().getAnnotations().get("helm.sh/resource-policy"));

        Deployment store = one(objects, Deployment.class, STORE);
        assertEquals("Recreate", store.getSpec().getStrategy().getType());
        PodSpec pod = store.getSpec().getTemplate().getSpec();
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
        Container c = pod.getContainers().get(0);
        assertEquals("chrislusf/seaweedfs:4.44", c.getImage());
        assertEquals(List.of("/usr/bin/weed"), c.getCommand());
        assertEquals(List.of("-logtostderr=true", "mini", "-dir=/data", "-bucket=parzen", "-s3.port=8333",
                "-webdav=false", "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.telemetry=false"),
                c.getArgs());
        // The admin identity: both keys from the Secret, never a literal value.
        assertEquals(Map.of("AWS_ACCESS_KEY_ID", SECRET + "/AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", SECRET + "/AWS_SECRET_ACCESS_KEY"),
                c.getEnv().stream().filter(e -> e.getName().startsWith("AWS_")).collect(Collectors.toMap(e -> e.getName(),
                        e -> e.getValueFrom().getSecretKeyRef().getName() + "/" + e.getValueFrom().getSecretKeyRef().getKey())));
        assertTrue(c.getEnv().stream().filter(e -> e.getName().startsWith("AWS_")).allMatch(e -> e.getValue() == null));
        assertEquals(8333, c.getPorts().get(0).getContainerPort());
        for (var probe : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
            assertEquals("/healthz", probe.getHttpGet().getPath());
            assertEquals("s3", probe.getHttpGet().getPort().getStrVal());
        }
        assertEquals("2Gi", c.getResources().getLimits().get("memory").toString());
        assertEquals("/data", c.getVolumeMounts().stream().filter(m -> m.getName().equals("data")).findFirst().orElseThrow().getMountPath());
        assertEquals(STORE, volume(pod, "data").getPersistentVolumeClaim().getClaimName());

        PersistentVolumeClaim pvc = one(objects, PersistentVolumeClaim.class, STORE);
        assertEquals("100Gi", pvc.getSpec().getResources().getRequests().get("storage").toString());
        assertEquals(List.of("ReadWriteOnce"), pvc.getSpec().getAccessModes());
        assertNull(pvc.getSpec().getStorageClassName(), "the cluster's default StorageClass");
        assertEquals("keep", pvc.getMetadata().getAnnotations().get("helm.sh/resource-policy"));

        // S3 only: no port of the master, volume server or filer leaves the pod through the Service.
        Service service = one(objects, Service.class, STORE);
        assertEquals(1, service.getSpec().getPorts().size());
        assertEquals(8333, service.getSpec().getPorts().get(0).getPort());
        assertEquals("s3", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertTrue(store.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(service.getSpec().getSelector().entrySet()), "the Service selects the store's pod");
        // The bucket is made by the server at start: no hook, no Job.
        assertEquals(0, count(objects, Job.class));
    }

    @Test
    void persistenceOffUsesABoundedEmptyDirAndNoClaim() {
        List<HasMetadata> objects = render(Map.of("seaweedfs.persistence.enabled", false));
        assertEquals(0, count(objects, PersistentVolumeClaim.class));
        Volume data = volume(one(objects, Deployment.class, STORE).getSpec().getTemplate().getSpec(), "data");
        assertNull(data.getPersistentVolumeClaim());
        assertEquals("20Gi", data.getEmptyDir().getSizeLimit().toString());
    }

    @Test
    void persistenceSizeStorageClassResourcesBucketAndExtraArgsReachTheObjects() {
        List<HasMetadata> objects = render(Map.of("seaweedfs.persistence.size", "5Ti", "seaweedfs.persistence.storageClass", "fast-ssd",
                "seaweedfs.bucket", "hpo-runs", "seaweedfs.resources", Map.of("limits", Map.of("memory", "8Gi")),
                "seaweedfs.extraArgs", List.of("-s3.cacheCapacityMB=256")));
        PersistentVolumeClaim pvc = one(objects, PersistentVolumeClaim.class, STORE);
        assertEquals("5Ti", pvc.getSpec().getResources().getRequests().get("storage").toString());
        assertEquals("fast-ssd", pvc.getSpec().getStorageClassName());
        Container c = one(objects, Deployment.class, STORE).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertTrue(c.getArgs().contains("-bucket=hpo-runs"), c.getArgs().toString());
        assertEquals("-s3.cacheCapacityMB=256", c.getArgs().get(c.getArgs().size() - 1));
        assertEquals("8Gi", c.getResources().getLimits().get("memory").toString());
    }

    @Test
    void anExistingSecretIsReferencedNotRendered() {
        List<HasMetadata> objects = render(Map.of("seaweedfs.auth.existingSecret", true, "seaweedfs.auth.secretName", "my-s3"));
        assertEquals(0, count(objects, Secret.class));
        Container c = one(objects, Deployment.class, STORE).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(Set.of("my-s3"), c.getEnv().stream().filter(e -> e.getValueFrom() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName()).collect(Collectors.toSet()));
    }

    @Test
    void anUpgradeKeepsTheLiveCredentials() {
        Secret live = new SecretBuilder().withNewMetadata().withName(SECRET).withNamespace(NS).endMetadata()
                .addToData("AWS_ACCESS_KEY_ID", b64("liveaccesskey")).addToData("AWS_SECRET_ACCESS_KEY", b64("livesecretkey"))
                .build();
        ChartTest.client.resource(live).create();
        try {
            Secret rendered = one(render(Map.of()), Secret.class, SECRET);
            assertEquals("liveaccesskey", decoded(rendered, "AWS_ACCESS_KEY_ID"));
            assertEquals("livesecretkey", decoded(rendered, "AWS_SECRET_ACCESS_KEY"));
        } finally {
            ChartTest.client.resource(live).delete();
        }
    }

    @Test
    void generatedCredentialsDifferPerRenderingWithoutALiveSecret() {
        // No Secret yet (a first install): each rendering generates fresh random values.
        String a = decoded(one(render(Map.of()), Secret.class, SECRET), "AWS_SECRET_ACCESS_KEY");
        String b = decoded(one(render(Map.of()), Secret.class, SECRET), "AWS_SECRET_ACCESS_KEY");
        assertFalse(a.equals(b));
    }

    @Test
    void storeOffAndNamedSecretsRestrictTheSecretRuleToThoseNames() {
        List<HasMetadata> objects = render(Map.of("seaweedfs.enabled", false, "rbac.credentialsSecrets", List.of("team-s3")));
        Set<String> expected = new TreeSet<>(ChartTest.OPERATOR_RULES);
        expected.remove(" secrets get");
        expected.add(" secrets get [team-s3]");
        assertEquals(expected, rules(one(objects, Role.class, ChartTest.FULLNAME).getRules()));
        assertEquals(0, count(objects, PersistentVolumeClaim.class) + count(objects, Secret.class) + count(objects, Job.class));
        assertTrue(objects.stream().noneMatch(o -> o.getMetadata().getName().startsWith(STORE)));
    }

    @Test
    void theStorePolicyAdmitsTheS3PortOnlyFromTrialsTheOperatorAndExtraPeers() {
        List<HasMetadata> objects = render(Map.of("networkPolicy.enabled", true,
                "networkPolicy.storeExtraFrom", List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("team", "ml"))))));
        NetworkPolicy policy = one(objects, NetworkPolicy.class, STORE);
        assertEquals(1, policy.getSpec().getIngress().size());
        var ingress = policy.getSpec().getIngress().get(0);
        assertEquals(List.of("s3"), ingress.getPorts().stream().map(p -> p.getPort().getStrVal()).toList());
        assertEquals(3, ingress.getFrom().size());
        assertEquals(Map.of("team", "ml"), ingress.getFrom().get(2).getNamespaceSelector().getMatchLabels());
    }

    @Test
    void theRemovedMinioValuesFailWithWhereTheyWent() {
        Exception minio = assertThrows(Exception.class, () -> render(Map.of("minio.enabled", true)));
        assertTrue(minio.getMessage().contains("seaweedfs"), minio.getMessage());
        Exception extra = assertThrows(Exception.class, () -> render(Map.of("networkPolicy.minioExtraFrom", List.of())));
        assertTrue(extra.getMessage().contains("networkPolicy.storeExtraFrom"), extra.getMessage());
    }

    private static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
