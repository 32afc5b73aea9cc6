package io.parzen.operator.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.parzen.operator.OperatorCommand;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Queue;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The chart in {@code helm/parzen}, through real helm (helm-java's native helm 3): it lints
 * strictly, and {@code helm template} with default and non-default values renders the objects a
 * platform team relies on, each parsed into fabric8's typed model (a misspelt field would land in
 * a model's additionalProperties, which is checked to be empty everywhere). The RBAC rules are
 * compared as exact sets with {@link #OPERATOR_RULES}: the verbs the operator's code uses.
 */
class ChartTest {
    static final Path CHART = Path.of("..", "helm", "parzen");
    static final Path TOP_CRDS = Path.of("..", "crds");
    static final String NS = "parzen";
    static final String RELEASE = "parzen";
    static final String FULLNAME = "parzen"; // the release name contains the chart name
    /** A supported Kubernetes version to render for (Chart.yaml says >=1.25). */
    static final String KUBE_VERSION = "1.31.0";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** Values files, the kubeconfig of the mock API server and the rendered copy of the chart. */
    static final Path WORK = Path.of("target", "chart-test");
    /**
     * The chart as rendered: a copy whose hook annotations are renamed. helm-java's template, like
     * the helm library's install, leaves hooks out of the manifest; renamed, they would render as
     * plain objects and go through the same checks. Nothing else differs. The chart has no hook
     * today (the store creates its bucket itself).
     */
    static final Path RENDERED = WORK.resolve("parzen");
    static final String HOOK = "helm.sh/hook";
    static final String RENAMED_HOOK = "test.parzen.io/hook";
    /** Answers the chart's `lookup` (the store's Secret) as a cluster would. */
    static KubernetesMockServer api;
    static KubernetesClient client;

    /**
     * helm-java's template resolves `lookup` against the API server of $KUBECONFIG (the helm CLI's
     * template does not), so the tests run one: a fabric8 mock in CRUD mode, plus the discovery
     * document helm asks for first. It also lets a test show that an upgrade keeps the Secret.
     */
    @BeforeAll
    static void startApiServer() throws IOException {
        java.util.logging.Logger.getLogger("io.fabric8.mockwebserver").setLevel(java.util.logging.Level.WARNING);
        Files.createDirectories(WORK);
        copyWithHooksRenamed();
        String kubeconfig = System.getenv("KUBECONFIG");
        assertNotNull(kubeconfig, "KUBECONFIG must be set for the test JVM (operator/pom.xml sets it)");
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        api = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        api.init();
        // helm's discovery client adds ?timeout=32s; the expectation must match the whole path.
        api.expect().get().withPath("/api/v1?timeout=32s").andReturn(200, new APIResourceListBuilder()
                .withApiVersion("v1").withKind("APIResourceList").withGroupVersion("v1")
                .addNewResource().withName("secrets").withKind("Secret").withNamespaced(true).withSingularName("secret")
                .withVerbs("get", "list", "create", "update", "patch", "delete", "watch").endResource().build()).always();
        client = api.createClient();
        Files.writeString(Path.of(kubeconfig), """
                apiVersion: v1
                kind: Config
                clusters: [{name: mock, cluster: {server: "http://%s:%d"}}]
                users: [{name: mock, user: {}}]
                contexts: [{name: mock, context: {cluster: mock, user: mock, namespace: %s}}]
                current-context: mock
                """.formatted(api.getHostName(), api.getPort(), NS));
    }

    private static void copyWithHooksRenamed() throws IOException {
        if (Files.exists(RENDERED)) {
            try (Stream<Path> old = Files.walk(RENDERED)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        int hooks = 0;
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path from : files.toList()) {
                Path to = RENDERED.resolve(CHART.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                    continue;
                }
                String text = Files.readString(from);
                if (from.getParent().getFileName().toString().equals("templates")) {
                    hooks += text.split(HOOK + ":", -1).length - 1;
                    text = text.replace(HOOK + ":", RENAMED_HOOK + ":").replace(HOOK + "-", RENAMED_HOOK + "-");
                }
                Files.writeString(to, text);
            }
        }
        assertEquals(0, hooks, "the chart has no hooks; update this test when that changes");
    }

    @AfterAll
    static void stopApiServer() {
        client.close();
        api.destroy();
    }

    /**
     * What the operator does on the API, as "apiGroup resource verb" (see docs/operator.md "RBAC"):
     * informers list and watch; the Study controller creates Trials and asks them to stop early with
     * get + JSON patch; both controllers write status with a JSON patch on /status; the Trial
     * controller creates, gets (after a 409) and deletes Jobs; pods are only watched; Events are
     * created, and a repeated one patched (its count); a Study's Secret is read with get.
     */
    static final Set<String> OPERATOR_RULES = Set.of(
            "parzen.io studies get", "parzen.io studies list", "parzen.io studies watch", "parzen.io studies patch",
            "parzen.io studies/status patch",
            "parzen.io trials get", "parzen.io trials list", "parzen.io trials watch", "parzen.io trials create",
            "parzen.io trials patch",
            "parzen.io trials/status patch",
            "batch jobs get", "batch jobs list", "batch jobs watch", "batch jobs create", "batch jobs delete",
            " pods list", " pods watch",
            " events create", " events patch",
            " secrets get");

    /** Leader election: JOSDK's start-up check wants get/create/update, fabric8's LeaseLock patches. */
    static final Set<String> LEASE_RULES = Set.of(
            "coordination.k8s.io leases create",
            "coordination.k8s.io leases get [parzen]", "coordination.k8s.io leases update [parzen]",
            "coordination.k8s.io leases patch [parzen]");

    /** Value sets every rendering check runs on. */
    static Stream<Map<String, Object>> valueSets() {
        Map<String, Object> noIds = new LinkedHashMap<>();
        noIds.put("seaweedfs.auth.existingSecret", true);
        noIds.put("seaweedfs.persistence.enabled", false);
        noIds.put("podSecurityContext", null); // OpenShift: no fixed ids
        noIds.put("operator.leaderElection", true);
        return Stream.of(
                Map.of(),
                Map.of("watchAllNamespaces", true, "seaweedfs.enabled", false, "operator.replicas", 2,
                        "serviceMonitor.enabled", true, "networkPolicy.enabled", true),
                Map.of("watchNamespaces", List.of("ml-a", "ml-b"), "operator.replicas", 2, "networkPolicy.enabled", true,
                        "serviceMonitor.enabled", true, "rbac.credentialsSecrets", List.of("team-s3")),
                noIds);
    }

    @Test
    void lintStrictPasses() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertFalse(result.isFailed(), "helm lint --strict: " + result.getMessages());
        assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]")),
                "helm lint --strict: " + result.getMessages());
    }

    @Test
    void chartCrdsAreCopiesOfTheGeneratedOnes() throws IOException {
        Path chartCrds = CHART.resolve("crds");
        Set<String> top = names(TOP_CRDS);
        assertFalse(top.isEmpty(), "no CRDs in " + TOP_CRDS);
        assertEquals(top, names(chartCrds), "helm/parzen/crds must hold exactly the files of crds/; copy them: cp crds/*.yaml helm/parzen/crds/");
        for (String name : top) {
            assertEquals(Files.readString(TOP_CRDS.resolve(name)), Files.readString(chartCrds.resolve(name)),
                    "helm/parzen/crds/" + name + " differs from crds/" + name + "; copy it: cp crds/*.yaml helm/parzen/crds/");
        }
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void everyManifestParsesIntoTheTypedModelWithNoUnknownFields(Map<String, Object> values) {
        List<HasMetadata> objects = render(values);
        assertFalse(objects.isEmpty());
        for (HasMetadata o : objects) {
            String what = o.getKind() + " " + o.getMetadata().getName();
            if (o.getApiVersion().startsWith("monitoring.coreos.com/")) {
                // No model class for the Prometheus Operator's kinds in kubernetes-client; checked below.
                assertInstanceOf(GenericKubernetesResource.class, o, what);
                continue;
            }
            assertFalse(o instanceof GenericKubernetesResource, what + " is not a known Kubernetes kind: " + o.getApiVersion());
            List<String> unknown = new ArrayList<>();
            unknownFields(o, what, unknown, new IdentityHashMap<>());
            assertEquals(List.of(), unknown, "fields the Kubernetes model does not know");
            assertNotNull(o.getMetadata().getLabels(), what + " has labels");
            assertEquals("parzen", o.getMetadata().getLabels().get("app.kubernetes.io/part-of"), what);
        }
    }

    @ParameterizedTest
    @MethodSource("valueSets")
    void everyPodIsRestricted(Map<String, Object> values) {
        List<HasMetadata> objects = render(values);
        int containers = 0;
        for (HasMetadata o : objects) {
            PodSpec pod = o instanceof Deployment d ? d.getSpec().getTemplate().getSpec()
                    : o instanceof Job j ? j.getSpec().getTemplate().getSpec() : null;
            if (pod == null) {
                continue;
            }
            String what = o.getKind() + " " + o.getMetadata().getName();
            PodSecurityContext psc = pod.getSecurityContext();
            assertNotNull(psc, what + ": pod securityContext");
            assertEquals(Boolean.TRUE, psc.getRunAsNonRoot(), what + ": runAsNonRoot");
            assertEquals("RuntimeDefault", psc.getSeccompProfile().getType(), what + ": seccomp");
            assertTrue(pod.getInitContainers() == null || pod.getInitContainers().isEmpty(), what + ": no init containers");
            for (Container c : pod.getContainers()) {
                containers++;
                String cw = what + " container " + c.getName();
                SecurityContext sc = c.getSecurityContext();
                assertNotNull(sc, cw + ": securityContext");
                assertEquals(Boolean.TRUE, sc.getRunAsNonRoot(), cw + ": runAsNonRoot");
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), cw + ": allowPrivilegeEscalation");
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), cw + ": readOnlyRootFilesystem");
                assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), cw + ": capabilities drop");
                assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), cw + ": capabilities add");
                assertEquals("RuntimeDefault", sc.getSeccompProfile().getType(), cw + ": seccomp");
                assertNotNull(sc.getSeccompProfile(), cw);
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null)),
                        cw + ": an emptyDir on /tmp");
                assertNotNull(c.getResources().getLimits().get("memory"), cw + ": a memory limit");
            }
        }
        assertTrue(containers >= 1);
    }

    @Test
    void defaultsWatchTheReleaseNamespaceWithARole() {
        List<HasMetadata> objects = render(Map.of());

        Deployment operator = one(objects, Deployment.class, FULLNAME);
        assertEquals(1, operator.getSpec().getReplicas());
        Container c = operator.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("ghcr.io/parzen/operator:0.1.0", c.getImage());
        assertEquals(List.of("--namespace=parzen", "--http-port=8080", "--poll-interval=PT10S", "--threads=10"), c.getArgs());
        // The operator's own command line accepts them as meant.
        CommandLine.ParseResult parsed = parseOperatorArgs(c.getArgs());
        assertEquals(List.of("parzen"), parsed.matchedOptionValue("--namespace", List.of()));
        assertEquals(8080, (int) parsed.matchedOptionValue("--http-port", -1));
        assertFalse(parsed.hasMatchedOption("--leader-election"));
        assertEquals(8080, c.getPorts().get(0).getContainerPort());
        assertEquals("http", c.getPorts().get(0).getName());
        assertEquals("/healthz", c.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/readyz", c.getReadinessProbe().getHttpGet().getPath());
        assertEquals("http", c.getLivenessProbe().getHttpGet().getPort().getStrVal());
        assertEquals(FULLNAME, operator.getSpec().getTemplate().getSpec().getServiceAccountName());
        assertEquals("metadata.namespace", c.getEnv().stream().filter(e -> e.getName().equals("POD_NAMESPACE")).findFirst()
                .orElseThrow().getValueFrom().getFieldRef().getFieldPath());
        // The leader-election identity (--lease-identity's default): one per pod.
        assertEquals("metadata.name", c.getEnv().stream().filter(e -> e.getName().equals("POD_NAME")).findFirst()
                .orElseThrow().getValueFrom().getFieldRef().getFieldPath());

        Service metrics = one(objects, Service.class, FULLNAME + "-metrics");
        assertEquals(operator.getSpec().getSelector().getMatchLabels(), metrics.getSpec().getSelector());
        assertTrue(operator.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(metrics.getSpec().getSelector().entrySet()), "the Service selects the operator's pods");

        // Namespaced RBAC, exactly the operator's verbs; no ClusterRole, no leader election.
        Role role = one(objects, Role.class, FULLNAME);
        assertEquals(NS, role.getMetadata().getNamespace());
        assertEquals(OPERATOR_RULES, rules(role.getRules()));
        RoleBinding binding = one(objects, RoleBinding.class, FULLNAME);
        assertEquals("Role", binding.getRoleRef().getKind());
        assertEquals(FULLNAME, binding.getSubjects().get(0).getName());
        assertEquals(NS, binding.getSubjects().get(0).getNamespace());
        assertEquals(0, count(objects, ClusterRole.class) + count(objects, ClusterRoleBinding.class));
        assertEquals(1, count(objects, Role.class), "no leader-election Role with one replica");
        assertEquals(0, count(objects, NetworkPolicy.class));
        assertTrue(objects.stream().noneMatch(o -> o.getKind().equals("ServiceMonitor")));

        // The trial ServiceAccount: no token, no RBAC bound to it.
        ServiceAccount trial = one(objects, ServiceAccount.class, "parzen-trial");
        assertEquals(NS, trial.getMetadata().getNamespace());
        assertEquals(Boolean.FALSE, trial.getAutomountServiceAccountToken());
        assertTrue(objects.stream().filter(o -> o instanceof RoleBinding || o instanceof ClusterRoleBinding)
                .noneMatch(o -> SERIALIZATION.asYaml(o).contains("parzen-trial")));
    }

    @Test
    void allNamespacesUsesAClusterRoleOnlyAndMultipleReplicasElectALeader() {
        List<HasMetadata> objects = render(Map.of("watchAllNamespaces", true, "operator.replicas", 2,
                "seaweedfs.enabled", false, "serviceMonitor.enabled", true, "networkPolicy.enabled", true));

        ClusterRole clusterRole = one(objects, ClusterRole.class, FULLNAME);
        assertEquals(OPERATOR_RULES, rules(clusterRole.getRules()));
        ClusterRoleBinding crb = one(objects, ClusterRoleBinding.class, FULLNAME);
        assertEquals(FULLNAME, crb.getRoleRef().getName());
        assertEquals(NS, crb.getSubjects().get(0).getNamespace());
        // The only Role left is the Lease's, in the release namespace.
        Role lease = one(objects, Role.class, FULLNAME + "-leader-election");
        assertEquals(1, count(objects, Role.class));
        assertEquals(NS, lease.getMetadata().getNamespace());
        assertEquals(LEASE_RULES, rules(lease.getRules()));

        Deployment operator = one(objects, Deployment.class, FULLNAME);
        assertEquals(2, operator.getSpec().getReplicas());
        List<String> args = operator.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
        assertTrue(args.stream().noneMatch(a -> a.startsWith("--namespace")), "all namespaces: no -n: " + args);
        assertTrue(args.containsAll(List.of("--leader-election", "--lease-namespace=parzen", "--lease-name=parzen")), args.toString());
        CommandLine.ParseResult parsed = parseOperatorArgs(args);
        assertTrue(parsed.hasMatchedOption("--leader-election"));
        assertFalse(parsed.hasMatchedOption("--namespace"), "no namespace: the operator watches all");
        assertEquals("parzen", parsed.matchedOptionValue("--lease-name", ""));
        // The timing values reach the operator and parse as its Durations.
        assertEquals(java.time.Duration.ofSeconds(15), parsed.matchedOptionValue("--lease-duration", java.time.Duration.ZERO));
        assertEquals(java.time.Duration.ofSeconds(10), parsed.matchedOptionValue("--renew-deadline", java.time.Duration.ZERO));
        assertEquals(java.time.Duration.ofSeconds(2), parsed.matchedOptionValue("--retry-period", java.time.Duration.ZERO));

        // Store off: none of its objects, and the Secret rule is unrestricted (no names given).
        assertTrue(objects.stream().noneMatch(o -> o.getMetadata().getName().startsWith("seaweedfs")
                || o.getMetadata().getName().equals("parzen-s3")), "no store objects");
        assertTrue(clusterRole.getRules().stream().allMatch(r -> r.getResourceNames() == null || r.getResourceNames().isEmpty()));
        assertEquals(2, count(objects, NetworkPolicy.class), "operator and trial policies, no store policy");

        GenericKubernetesResource monitor = (GenericKubernetesResource) objects.stream()
                .filter(o -> o.getKind().equals("ServiceMonitor")).findFirst().orElseThrow();
        assertEquals("monitoring.coreos.com/v1", monitor.getApiVersion());
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoint = ((List<Map<String, Object>>) monitor.get("spec", "endpoints")).get(0);
        assertEquals("http", endpoint.get("port"));
        assertEquals("/metrics", endpoint.get("path"));
        @SuppressWarnings("unchecked")
        Map<String, String> selector = (Map<String, String>) monitor.get("spec", "selector", "matchLabels");
        Service metrics = one(objects, Service.class, FULLNAME + "-metrics");
        assertTrue(metrics.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()), "the ServiceMonitor selects the Service");
        assertEquals(1, count(objects, ServiceAccount.class) - 1, "the trial ServiceAccount in the release namespace only");
        assertEquals(NS, one(objects, ServiceAccount.class, "parzen-trial").getMetadata().getNamespace());
    }

    @Test
    void aNamespaceListGetsARoleAndATrialServiceAccountInEach() {
        List<HasMetadata> objects = render(Map.of("watchNamespaces", List.of("ml-a", "ml-b"), "rbac.credentialsSecrets", List.of("team-s3"),
                "networkPolicy.enabled", true));

        List<Role> roles = all(objects, Role.class);
        assertEquals(Set.of("ml-a", "ml-b"), roles.stream().map(r -> r.getMetadata().getNamespace()).collect(Collectors.toSet()));
        for (Role role : roles) {
            // Named Secrets: the Study's and the chart's store Secret, nothing else.
            Set<String> expected = new TreeSet<>(OPERATOR_RULES);
            expected.remove(" secrets get");
            expected.add(" secrets get [team-s3,parzen-s3]");
            assertEquals(expected, rules(role.getRules()));
        }
        assertEquals(Set.of("ml-a", "ml-b"), all(objects, RoleBinding.class).stream()
                .peek(b -> assertEquals(NS, b.getSubjects().get(0).getNamespace(), "bound to the operator in the release namespace"))
                .map(b -> b.getMetadata().getNamespace()).collect(Collectors.toSet()));
        assertEquals(0, count(objects, ClusterRole.class));
        assertEquals(Set.of("ml-a", "ml-b"), all(objects, ServiceAccount.class).stream()
                .filter(s -> s.getMetadata().getName().equals("parzen-trial"))
                .map(s -> s.getMetadata().getNamespace()).collect(Collectors.toSet()));
        List<String> args = one(objects, Deployment.class, FULLNAME).getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
        assertTrue(args.contains("--namespace=ml-a,ml-b"), args.toString());
        assertEquals(List.of("ml-a", "ml-b"), parseOperatorArgs(args).matchedOptionValue("--namespace", List.of()));

        // Trial pods refuse ingress in each namespace; the store admits trial pods and the operator.
        List<NetworkPolicy> policies = all(objects, NetworkPolicy.class);
        assertEquals(4, policies.size());
        for (String ns : List.of("ml-a", "ml-b")) {
            NetworkPolicy trials = policies.stream().filter(p -> p.getMetadata().getNamespace().equals(ns)).findFirst().orElseThrow();
            assertEquals("parzen.io/trial", trials.getSpec().getPodSelector().getMatchExpressions().get(0).getKey());
            assertEquals(List.of(), trials.getSpec().getIngress());
        }
        NetworkPolicy store = policies.stream().filter(p -> p.getMetadata().getName().equals("seaweedfs")).findFirst().orElseThrow();
        assertEquals(2, store.getSpec().getIngress().get(0).getFrom().size());
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * {@code helm template parzen helm/parzen -n parzen -f values.yaml}, parsed into objects. The
     * values are given as dotted keys (a values file, not --set: helm-java passes --set values as
     * strings, so lists and booleans would not arrive typed).
     */
    static List<HasMetadata> render(Map<String, Object> values) {
        Map<String, Object> tree = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            Map<String, Object> node = tree;
            String[] parts = key.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                node = child;
            }
            node.put(parts[parts.length - 1], value);
        });
        try {
            Path file = Files.createTempFile(WORK, "values-", ".yaml");
            Files.writeString(file, SERIALIZATION.asYaml(tree));
            String yaml = new Helm(RENDERED).template().withName(RELEASE).withNamespace(NS)
                    .withKubeVersion(KUBE_VERSION) // helm template assumes 1.20 otherwise, below the chart's kubeVersion
                    .withValuesFile(file).call();
            return parse(yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof Collection<?> list) {
            list.stream().filter(o -> o != null).forEach(o -> objects.add((HasMetadata) o));
        } else if (parsed instanceof HasMetadata one) {
            objects.add(one);
        } else {
            fail("helm template rendered no Kubernetes objects: " + parsed);
        }
        return objects;
    }

    /** Rules flattened to "group resource verb[ [names]]", one per verb and resource. */
    static Set<String> rules(List<PolicyRule> rules) {
        Set<String> flat = new TreeSet<>();
        for (PolicyRule r : rules) {
            String names = r.getResourceNames() == null || r.getResourceNames().isEmpty() ? ""
                    : " [" + String.join(",", r.getResourceNames()) + "]";
            for (String group : r.getApiGroups()) {
                for (String resource : r.getResources()) {
                    for (String verb : r.getVerbs()) {
                        assertTrue(flat.add(group + " " + resource + " " + verb + names), "duplicate " + group + " " + resource + " " + verb);
                    }
                }
            }
        }
        return flat;
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static long count(List<HasMetadata> objects, Class<? extends HasMetadata> type) {
        return objects.stream().filter(type::isInstance).count();
    }

    static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
        List<T> found = all(objects, type).stream().filter(o -> o.getMetadata().getName().equals(name)).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " " + name + " among "
                + objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
        return found.get(0);
    }

    /** The Deployment's args through the operator's real picocli command (what the image runs). */
    static CommandLine.ParseResult parseOperatorArgs(List<String> args) {
        return new CommandLine(new OperatorCommand()).parseArgs(args.toArray(String[]::new));
    }

    static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String decoded(Secret secret, String key) {
        return new String(java.util.Base64.getDecoder().decode(secret.getData().get(key)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Walks a fabric8 model object through its getters and reports every non-empty
     * additionalProperties: the fields the Kubernetes schema does not have (typos, wrong nesting).
     */
    static void unknownFields(Object o, String path, List<String> unknown, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : o.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            unknownFields(value, path + "." + getter.getName().substring(3), unknown, seen);
        }
    }

    @Test
    void theTypedModelWalkerFindsAMisspeltField() {
        HasMetadata typo = (HasMetadata) SERIALIZATION.unmarshal("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: x}
                automountServiceAccountTokn: false
                """);
        List<String> unknown = new ArrayList<>();
        unknownFields(typo, "sa", unknown, new IdentityHashMap<>());
        assertEquals(List.of("sa: [automountServiceAccountTokn]"), unknown);
        assertNull(((ServiceAccount) typo).getAutomountServiceAccountToken());
    }
}
