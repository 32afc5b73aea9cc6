package io.parzen.operator.controller;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.PrimaryToSecondaryMapper;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.api.TrialStatus;
import io.parzen.operator.metrics.OperatorMetrics;
import io.parzen.operator.planning.JobObservation;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.planning.TrialJobBuilder;
import io.parzen.operator.planning.TrialOutcome;
import io.parzen.operator.planning.TrialStatusBuilder;
import io.parzen.operator.planning.TrialStatusMapper;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles a Trial: ensure its Job exists (from the pure {@link TrialJobBuilder}), observe the
 * Job and its pod, read the trainer's output when it matters (metrics while running, the result
 * once the Job completed), map it all to a phase with the pure {@link TrialStatusMapper} and write
 * the status with a JSON patch. A stop request deletes the Job. Running trials are looked at again
 * every {@code pollInterval}, since the object store sends no events.
 */
public final class TrialReconciler implements Reconciler<Trial> {
    private static final Logger LOG = LoggerFactory.getLogger(TrialReconciler.class);
    private final TrialOutputs outputs;
    private final EventRecorder events;
    private final OperatorMetrics metrics;
    private final Clock clock;
    private final Duration pollInterval;
    private final ValidationCache validations;
    private InformerEventSource<Job, Trial> jobs;

    /**
     * Wires the collaborators; {@code pollInterval} is how often running trials' metrics are read;
     * {@code validations} (shared with the Study controller) validates each Study once per generation.
     */
    public TrialReconciler(TrialOutputs outputs, EventRecorder events, OperatorMetrics metrics, Clock clock,
            Duration pollInterval, ValidationCache validations) {
        this.validations = validations;
        this.outputs = outputs;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public List<EventSource<?, Trial>> prepareEventSources(EventSourceContext<Trial> context) {
        jobs = new InformerEventSource<>(InformerEventSourceConfiguration.from(Job.class, Trial.class)
                .withName("jobs")
                .withLabelSelector(Trial.TRIAL_LABEL)
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Trial.class))
                .build(), context);
        InformerEventSource<Pod, Trial> pods = new InformerEventSource<>(InformerEventSourceConfiguration.from(Pod.class, Trial.class)
                .withName("pods")
                .withLabelSelector(Trial.TRIAL_LABEL)
                .withSecondaryToPrimaryMapper(p -> Set.of(new ResourceID(p.getMetadata().getLabels().get(Trial.TRIAL_LABEL),
                        p.getMetadata().getNamespace())))
                .build(), context);
        // The owning Study, read for its config; its changes need not wake every trial.
        InformerEventSource<Study, Trial> studies = new InformerEventSource<>(InformerEventSourceConfiguration.from(Study.class, Trial.class)
                .withName("studies")
                .withSecondaryToPrimaryMapper(s -> Set.of())
                .withPrimaryToSecondaryMapper((PrimaryToSecondaryMapper<Trial>) t -> Set.of(
                        new ResourceID(t.getSpec().getStudy(), t.getMetadata().getNamespace())))
                .build(), context);
        return List.of(jobs, pods, studies);
    }

    @Override
    public UpdateControl<Trial> reconcile(Trial trial, Context<Trial> context) throws IOException {
        try {
            UpdateControl<Trial> result = apply(trial, context);
            metrics.reconciled("trial", "success");
            return result;
        } catch (IOException | RuntimeException e) {
            metrics.reconciled("trial", "error");
            throw e;
        }
    }

    private UpdateControl<Trial> apply(Trial trial, Context<Trial> context) throws IOException {
        long t0 = System.nanoTime();
        String name = trial.getMetadata().getName();
        String namespace = trial.getMetadata().getNamespace();
        Optional<Job> job = context.getSecondaryResource(Job.class);
        boolean stop = Boolean.TRUE.equals(trial.getSpec().getEarlyStop());
        if (TrialPhase.of(trial.getStatus()).finished()) {
            if (stop && job.isPresent() && TrialPhase.of(trial.getStatus()) == TrialPhase.EarlyStopped) {
                deleteJob(context, namespace, name);
            }
            return UpdateControl.noUpdate();
        }
        Optional<Study> study = context.getSecondaryResource(Study.class);
        if (study.isEmpty()) {
            return UpdateControl.<Trial>noUpdate().rescheduleAfter(pollInterval);
        }
        StudyValidator.Result validation = validations.validate(study.get());
        if (!validation.valid()) {
            return UpdateControl.noUpdate(); // the Study reports it; nothing runs meanwhile
        }
        StudyConfig config = validation.config();
        if (job.isEmpty() && !stop) {
            job = Optional.of(createJob(config, trial, context));
        }
        Pod pod = context.getSecondaryResourcesAsStream(Pod.class)
                .max(Comparator.comparing(p -> String.valueOf(p.getMetadata().getCreationTimestamp()))).orElse(null);
        JobObservation observed = JobObservation.of(job.orElse(null), pod);

        List<MetricsLine> lines = List.of();
        Optional<TrialResult> result = Optional.empty();
        boolean read = job.isPresent() && observed.state() != JobObservation.State.QUEUED
                && observed.state() != JobObservation.State.UNSCHEDULABLE;
        if (read) {
            try {
                TrialOutputs.Reader reader = outputs.open(namespace, config.storage());
                String studyName = trial.getSpec().getStudy();
                lines = reader.metrics(studyName, name);
                if (observed.state() == JobObservation.State.COMPLETE) {
                    result = reader.result(studyName, name);
                }
            } catch (Credentials.CredentialsException | IOException e) {
                events.warning(trial, "OutputUnreadable", "cannot read the trial's output: " + e.getMessage());
                return UpdateControl.<Trial>noUpdate().rescheduleAfter(pollInterval);
            }
        }
        long t1 = System.nanoTime();
        TrialOutcome outcome = TrialStatusMapper.map(observed, stop, trial.getSpec().getEarlyStopReason(), config.metric(),
                config.goal(), lines, result);
        if (outcome.phase() == TrialPhase.EarlyStopped && job.isPresent()) {
            deleteJob(context, namespace, name);
        }
        Map<String, String> params = trial.getSpec().getParameters() == null ? Map.of() : trial.getSpec().getParameters();
        TrialStatus status = TrialStatusBuilder.of(outcome, params, name, trial.getStatus(),
                trial.getMetadata().getGeneration(), clock.instant().toString());
        if (trial.getStatus() == null || !Serialization.asJson(trial.getStatus()).equals(Serialization.asJson(status))) {
            if (outcome.phase().finished()) {
                writeStoreStatus(trial, config, outcome);
            }
            context.resourceOperations().jsonPatchPrimaryStatus(trial, t -> {
                t.setStatus(status);
                return t;
            });
            LOG.debug("trial {} {}: observe+read {} ms, patch {} ms", name, outcome.phase(), (t1 - t0) / 1000000,
                    (System.nanoTime() - t1) / 1000000);
            // Failures and early stops are worth an Event; a success is in the status and the Study's counts.
            if (outcome.phase() == TrialPhase.Failed) {
                events.warning(trial, outcome.reason(), outcome.message());
            } else if (outcome.phase() == TrialPhase.EarlyStopped) {
                events.normal(trial, outcome.reason(), outcome.message());
            }
        }
        return outcome.phase().finished() ? UpdateControl.noUpdate()
                : UpdateControl.<Trial>noUpdate().rescheduleAfter(pollInterval);
    }

    /**
     * Writes the status.json of a trial that ends EarlyStopped or Failed, so that the store's
     * readers ({@code parzen trials}, {@code parzen report}) show the phase the Trial has. Best
     * effort: the Trial's own status is what the cluster acts on, so a store that refuses the write
     * is a warning Event, not a trial that never finishes.
     */
    private void writeStoreStatus(Trial trial, StudyConfig config, TrialOutcome outcome) {
        Optional<io.parzen.operator.store.TrialStatus> stored = io.parzen.operator.store.TrialStatus.ended(
                outcome.phase(), outcome.message(), outcome.epoch().isPresent() ? outcome.epoch().getAsInt() : null);
        if (stored.isEmpty()) {
            return;
        }
        try {
            outputs.open(trial.getMetadata().getNamespace(), config.storage())
                    .writeStatus(trial.getSpec().getStudy(), trial.getMetadata().getName(), stored.get());
        } catch (Credentials.CredentialsException | IOException e) {
            LOG.warn("trial {}/{}: cannot write its status.json: {}", trial.getMetadata().getNamespace(),
                    trial.getMetadata().getName(), e.getMessage());
            events.warning(trial, "StatusNotStored", "cannot write the trial's status.json: " + e.getMessage());
        }
    }

    private Job createJob(StudyConfig config, Trial trial, Context<Trial> context) {
        Job desired = TrialJobBuilder.build(config, trial);
        try {
            return context.resourceOperations().create(desired, jobs);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 409) {
                Job existing = context.getClient().batch().v1().jobs().inNamespace(trial.getMetadata().getNamespace())
                        .withName(desired.getMetadata().getName()).get();
                if (existing != null) {
                    return existing;
                }
            }
            throw e;
        }
    }

    private static void deleteJob(Context<Trial> context, String namespace, String name) {
        LOG.debug("deleting the Job of early-stopped trial {}/{}", namespace, name);
        context.getClient().batch().v1().jobs().inNamespace(namespace).withName(name)
                .withPropagationPolicy(DeletionPropagation.BACKGROUND).delete();
    }
}
