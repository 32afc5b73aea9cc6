package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrialJobBuilderTest {
    private final StudyConfig config = StudyValidator.validate(Fixtures.study("valid.yaml").getSpec()).config();

    static Trial trial(Map<String, String> params) {
        Trial t = new Trial();
        t.setMetadata(new ObjectMetaBuilder().withName("seg-0007").withNamespace("ml").withUid("uid-7").build());
        TrialSpec s = new TrialSpec();
        s.setStudy("seg");
        s.setIndex(7);
        s.setParameters(params);
        t.setSpec(s);
        return t;
    }

    private Job job() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lr", "0.001");
        p.put("head", "grouped");
        p.put("filtersPerClass", "12");
        return TrialJobBuilder.build(config, trial(p));
    }

    @Test
    void argsHavePlaceholdersFilled() {
        Container c = job().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("ghcr.io/parzen/trainer:0.1.0-cuda", c.getImage());
        assertEquals(List.of("--head", "grouped", "--filters-per-class", "12", "--learning-rate", "0.001", "--run", "seg/seg-0007"),
                c.getArgs());
        assertNull(c.getCommand());
    }

    @Test
    void inactiveConditionalParameterBecomesEmpty() {
        Job j = TrialJobBuilder.build(config, trial(Map.of("lr", "0.01", "head", "baseline")));
        assertEquals("", j.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs().get(3));
    }

    @Test
    void envCarriesParzenVariablesAndSecretReferencesOnly() {
        Job j = job();
        Map<String, EnvVar> env = j.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertEquals("seg", env.get("PARZEN_STUDY").getValue());
        assertEquals("seg-0007", env.get("PARZEN_TRIAL").getValue());
        assertEquals("{\"lr\":\"0.001\",\"head\":\"grouped\",\"filtersPerClass\":\"12\"}", env.get("PARZEN_PARAMS").getValue());
        assertEquals("filtersPerClass,head,lr", env.get("PARZEN_PLACEHOLDER_PARAMS").getValue(), "the args' placeholders, sorted");
        assertEquals("s3://parzen/studies/seg/trials/seg-0007/", env.get("PARZEN_OUTPUT").getValue());
        assertEquals("http://minio.parzen:9000", env.get("PARZEN_S3_ENDPOINT").getValue());
        for (String key : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")) {
            assertNull(env.get(key).getValue());
            assertEquals("minio-creds", env.get(key).getValueFrom().getSecretKeyRef().getName());
            assertEquals(key, env.get(key).getValueFrom().getSecretKeyRef().getKey());
        }
        assertEquals("10", env.get("EPOCHS").getValue());
        assertEquals("/tmp", env.get("HOME").getValue());
        assertFalse(env.containsKey("AWS_REGION"), "no region unless the Study has one");
    }

    @Test
    void theStudysRegionReachesTheTrialAsAwsRegion() {
        StudyConfig withRegion = StudyValidator.validate(Fixtures.study(Fixtures.with(Fixtures.tree("valid.yaml"),
                "/spec/storage/region", "eu-central-1")).getSpec()).config();
        Job j = TrialJobBuilder.build(withRegion, trial(Map.of("lr", "0.01", "head", "baseline")));
        List<EnvVar> env = j.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertEquals(List.of("eu-central-1"), env.stream().filter(e -> e.getName().equals("AWS_REGION")).map(EnvVar::getValue).toList());
    }

    @Test
    void schedulingResourcesAndJobPolicy() {
        Job j = job();
        PodSpec pod = j.getSpec().getTemplate().getSpec();
        assertEquals(new Quantity("1"), pod.getContainers().get(0).getResources().getLimits().get("nvidia.com/gpu"));
        assertEquals(Map.of("pool", "gpu"), pod.getNodeSelector());
        assertEquals("nvidia.com/gpu", pod.getTolerations().get(0).getKey());
        assertEquals("research", pod.getPriorityClassName());
        assertEquals("Never", pod.getRestartPolicy());
        assertEquals(1, j.getSpec().getBackoffLimit());
        assertEquals(7200L, j.getSpec().getActiveDeadlineSeconds());
        assertEquals(3600, j.getSpec().getTtlSecondsAfterFinished());
        assertEquals("team-a", j.getMetadata().getLabels().get("kueue.x-k8s.io/queue-name"));
        assertTrue(j.getSpec().getSuspend(), "a queued Job starts suspended for Kueue");
    }

    @Test
    void openMpThreadsFollowTheContainersCpuLimit() {
        EnvVar threads = envOf(job()).get("OMP_NUM_THREADS");
        var ref = threads.getValueFrom().getResourceFieldRef();
        assertNull(threads.getValue());
        assertEquals("trainer", ref.getContainerName());
        assertEquals("limits.cpu", ref.getResource());
        assertEquals(new Quantity("1"), ref.getDivisor());
    }

    @Test
    void aTemplatesOwnOpenMpThreadsWin() {
        var spec = Fixtures.study("valid.yaml").getSpec();
        spec.getTrialTemplate().setEnv(List.of(new EnvVar("OMP_NUM_THREADS", "3", null)));
        StudyConfig own = StudyValidator.validate(spec).config();
        Job j = TrialJobBuilder.build(own, trial(Map.of("lr", "0.01", "head", "baseline")));
        List<EnvVar> env = j.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertEquals(1, env.stream().filter(e -> e.getName().equals("OMP_NUM_THREADS")).count());
        assertEquals("3", envOf(j).get("OMP_NUM_THREADS").getValue());
    }

    @Test
    void placeholderParametersOfEnvValuesCountAndNoneMeansNoVariable() {
        var spec = Fixtures.study("valid.yaml").getSpec();
        spec.getTrialTemplate().setArgs(List.of("--run", "${trial.name}"));
        spec.getTrialTemplate().setEnv(List.of(new EnvVar("LEARNING_RATE", "${param.lr}", null)));
        Job viaEnv = TrialJobBuilder.build(StudyValidator.validate(spec).config(), trial(Map.of("lr", "0.01", "head", "baseline")));
        assertEquals("lr", envOf(viaEnv).get("PARZEN_PLACEHOLDER_PARAMS").getValue());

        spec.getTrialTemplate().setEnv(List.of(new EnvVar("EPOCHS", "10", null)));
        Job none = TrialJobBuilder.build(StudyValidator.validate(spec).config(), trial(Map.of("lr", "0.01", "head", "baseline")));
        assertFalse(envOf(none).containsKey("PARZEN_PLACEHOLDER_PARAMS"), "only set when a placeholder names a parameter");
    }

    private static Map<String, EnvVar> envOf(Job j) {
        return j.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    @Test
    void namedLabelledAndOwnedByTheTrial() {
        Job j = job();
        assertEquals("seg-0007", j.getMetadata().getName());
        assertEquals("ml", j.getMetadata().getNamespace());
        assertEquals("seg", j.getMetadata().getLabels().get("parzen.io/study"));
        assertEquals("seg-0007", j.getSpec().getTemplate().getMetadata().getLabels().get("parzen.io/trial"));
        var owner = j.getMetadata().getOwnerReferences().get(0);
        assertEquals("Trial", owner.getKind());
        assertEquals("parzen.io/v1alpha1", owner.getApiVersion());
        assertEquals("uid-7", owner.getUid());
        assertTrue(owner.getController());
    }

    @Test
    void restrictedSecurityContextWithWritableTmp() {
        PodSpec pod = job().getSpec().getTemplate().getSpec();
        var sc = pod.getContainers().get(0).getSecurityContext();
        assertTrue(sc.getRunAsNonRoot());
        assertFalse(sc.getAllowPrivilegeEscalation());
        assertTrue(sc.getReadOnlyRootFilesystem());
        assertEquals(List.of("ALL"), sc.getCapabilities().getDrop());
        assertEquals("RuntimeDefault", sc.getSeccompProfile().getType());
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals("/tmp", pod.getContainers().get(0).getVolumeMounts().get(0).getMountPath());
        assertTrue(pod.getVolumes().get(0).getEmptyDir() != null);
    }

    @Test
    void noSecretValueEverAppearsInTheJob() {
        String yaml = Serialization.asYaml(job());
        assertFalse(yaml.contains("secretKey:") || yaml.contains("password"), yaml);
        assertTrue(yaml.contains("secretKeyRef"));
    }
}
