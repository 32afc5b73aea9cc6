package io.parzen.operator.planning;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a trial's Job from its Study's validated config and the Trial, with no client (Strimzi's
 * {@code model/} style). The pod runs the trainer image with the template's command and args
 * (placeholders filled), the {@code PARZEN_*} environment, the S3 keys as references to the
 * Study's Secret (never their values), the template's scheduling fields and a restricted security
 * context; the root file system is read-only, so {@code /tmp} is an emptyDir and {@code HOME}
 * points there.
 */
public final class TrialJobBuilder {
    /** Label Kueue reads to admit a Job through a LocalQueue. */
    public static final String KUEUE_QUEUE_LABEL = "kueue.x-k8s.io/queue-name";
    /** The trainer container's name. */
    public static final String CONTAINER = "trainer";
    /** OpenMP's thread count, read by libnd4j and oneDNN in the trainer. */
    public static final String OMP_NUM_THREADS = TrialEnv.OMP_NUM_THREADS;
    /** Seconds a finished Job is kept when the template does not say. */
    public static final int DEFAULT_TTL_SECONDS = 3600;

    private TrialJobBuilder() {}

    /** The Job of {@code trial}, owned by it. */
    public static Job build(StudyConfig config, Trial trial) {
        TrialTemplate t = config.template();
        String study = trial.getSpec().getStudy();
        String name = trial.getMetadata().getName();
        Map<String, String> params = trial.getSpec().getParameters() == null ? Map.of() : trial.getSpec().getParameters();
        Map<String, String> values = Placeholders.values(study, name, params);

        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(Trial.STUDY_LABEL, study);
        labels.put(Trial.TRIAL_LABEL, name);
        labels.put("app.kubernetes.io/managed-by", "parzen");
        Map<String, String> jobLabels = new LinkedHashMap<>(labels);
        if (t.getQueueName() != null) {
            jobLabels.put(KUEUE_QUEUE_LABEL, t.getQueueName());
        }

        Container container = new ContainerBuilder()
                .withName(CONTAINER)
                .withImage(t.getImage())
                .withImagePullPolicy(t.getImagePullPolicy())
                .withCommand(fill(t.getCommand(), values))
                .withArgs(fill(t.getArgs(), values))
                .withEnv(env(config, study, name, params, values))
                .withResources(t.getResources())
                .withSecurityContext(new SecurityContextBuilder()
                        .withRunAsNonRoot(true)
                        .withAllowPrivilegeEscalation(false)
                        .withReadOnlyRootFilesystem(true)
                        .withNewCapabilities().withDrop("ALL").endCapabilities()
                        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                        .build())
                .withVolumeMounts(new VolumeMountBuilder().withName("tmp").withMountPath("/tmp").build())
                .build();

        return new JobBuilder()
                .withNewMetadata()
                    .withName(name)
                    .withNamespace(trial.getMetadata().getNamespace())
                    .withLabels(jobLabels)
                    .withOwnerReferences(new OwnerReferenceBuilder()
                            .withApiVersion(trial.getApiVersion())
                            .withKind(trial.getKind())
                            .withName(name)
                            .withUid(trial.getMetadata().getUid())
                            .withController(true)
                            .withBlockOwnerDeletion(true)
                            .build())
                .endMetadata()
                .withNewSpec()
                    .withBackoffLimit(t.getBackoffLimit() == null ? 0 : t.getBackoffLimit())
                    .withActiveDeadlineSeconds(t.getActiveDeadlineSeconds())
                    .withTtlSecondsAfterFinished(t.getTtlSecondsAfterFinished() == null
                            ? DEFAULT_TTL_SECONDS : t.getTtlSecondsAfterFinished())
                    .withSuspend(t.getQueueName() != null ? Boolean.TRUE : null)
                    .withNewTemplate()
                        .withNewMetadata().withLabels(labels).endMetadata()
                        .withNewSpec()
                            .withRestartPolicy("Never")
                            .withServiceAccountName(t.getServiceAccountName())
                            .withPriorityClassName(t.getPriorityClassName())
                            .withNodeSelector(t.getNodeSelector())
                            .withTolerations(t.getTolerations())
                            .withSecurityContext(new PodSecurityContextBuilder()
                                    .withRunAsNonRoot(true)
                                    .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                                    .build())
                            .withContainers(container)
                            .withVolumes(new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build())
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .build();
    }

    /** {@code s3://bucket/studies/<study>/trials/<trial>/}. */
    public static String output(StudyConfig config, String study, String trial) {
        return TrialEnv.output(storeRoot(config), study, trial);
    }

    private static String storeRoot(StudyConfig config) {
        return "s3://" + config.storage().getBucket();
    }

    private static List<EnvVar> env(StudyConfig config, String study, String trial, Map<String, String> params,
            Map<String, String> values) {
        String secret = config.storage().getCredentialsSecret();
        List<EnvVar> env = new ArrayList<>();
        TrialEnv.trialValues(config.template(), storeRoot(config), study, trial, params)
                .forEach((name, value) -> env.add(new EnvVar(name, value, null)));
        env.add(new EnvVar(TrialEnv.S3_ENDPOINT, config.storage().getEndpoint(), null));
        if (config.storage().getRegion() != null) {
            env.add(new EnvVar(TrialEnv.S3_REGION, config.storage().getRegion(), null));
        }
        for (String key : List.of(TrialEnv.ACCESS_KEY, TrialEnv.SECRET_KEY)) {
            env.add(new EnvVarBuilder().withName(key)
                    .withNewValueFrom().withNewSecretKeyRef().withName(secret).withKey(key).endSecretKeyRef().endValueFrom()
                    .build());
        }
        boolean home = false;
        boolean threads = false;
        if (config.template().getEnv() != null) {
            for (EnvVar e : config.template().getEnv()) {
                home |= "HOME".equals(e.getName());
                threads |= OMP_NUM_THREADS.equals(e.getName());
                env.add(new EnvVarBuilder(e).withValue(Placeholders.fill(e.getValue(), values)).build());
            }
        }
        if (!home) {
            env.add(new EnvVar("HOME", "/tmp", null));
        }
        if (!threads) {
            env.add(cpuLimitThreads());
        }
        return env;
    }

    /**
     * {@code OMP_NUM_THREADS} from the container's CPU limit (the Downward API rounds it up to whole
     * cores; without a limit it gives the node's allocatable CPUs). Without it, libnd4j and oneDNN start
     * one OpenMP thread per core of the node, whatever the pod's quota: on a 64-core node a 4-CPU trial
     * would run 64 spinning threads in a 4-CPU quota (docs/benchmarks.md measured 6x slower steps on a
     * machine whose cores were shared).
     */
    private static EnvVar cpuLimitThreads() {
        return new EnvVarBuilder().withName(OMP_NUM_THREADS)
                .withNewValueFrom().withNewResourceFieldRef()
                    .withContainerName(CONTAINER).withResource("limits.cpu").withDivisor(new Quantity("1"))
                .endResourceFieldRef().endValueFrom()
                .build();
    }

    private static List<String> fill(List<String> texts, Map<String, String> values) {
        if (texts == null) {
            return null;
        }
        return texts.stream().map(s -> Placeholders.fill(s, values)).toList();
    }
}
