package io.parzen.operator.controller;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.RetryInfo;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.Mappers;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.StudyStatus;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.metrics.OperatorMetrics;
import io.parzen.operator.planning.JobObservation;
import io.parzen.operator.planning.Plan;
import io.parzen.operator.planning.Planner;
import io.parzen.operator.planning.StatusWrite;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyStatusBuilder;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.planning.Suggester;
import io.parzen.operator.planning.TrialResources;
import io.parzen.operator.planning.TrialView;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles a Study: validate, read its Trials from the informer cache, let the pure
 * {@link Planner} decide, then apply the decisions (create Trials with TPE's suggestions, ask
 * trials to stop early) and write the status with a JSON patch. Thin by design: every decision is
 * in {@code io.parzen.operator.planning}.
 */
public final class StudyReconciler implements Reconciler<Study>, Cleaner<Study>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudyReconciler.class);
    /** How soon a Study with a missing Secret is looked at again. */
    static final Duration CREDENTIALS_RETRY = Duration.ofSeconds(5);
    /** How often a Study's counts alone are written to its status at most. */
    static final Duration COUNTS_INTERVAL = Duration.ofSeconds(1);
    private final Credentials credentials;
    private final EventRecorder events;
    private final OperatorMetrics metrics;
    private final Clock clock;
    private final ReplacementClock replacements = new ReplacementClock(System::nanoTime);
    /** When this operator last wrote each study's status (System.nanoTime). */
    final Map<ResourceID, Long> lastStatusWrite = new ConcurrentHashMap<>();
    private static final String BY_STUDY = "parzen-study";
    private InformerEventSource<Trial, Study> trials;
    private InformerEventSource<Job, Study> jobs;
    /** Trials this operator created, per study, until the informer's index has them. */
    final Map<ResourceID, Set<String>> recentlyCreated = new ConcurrentHashMap<>();
    private final ValidationCache validations;
    private final StudyReports reports;
    final ExecutorService creators = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "parzen-trial-create");
        t.setDaemon(true);
        return t;
    });

    /**
     * Wires the collaborators; {@code validations} is shared with the Trial controller;
     * {@code reports} writes a finished Study's report (off the reconcile thread).
     */
    public StudyReconciler(Credentials credentials, EventRecorder events, OperatorMetrics metrics, Clock clock,
            ValidationCache validations, StudyReports reports) {
        this.credentials = credentials;
        this.validations = validations;
        this.reports = reports;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public List<EventSource<?, Study>> prepareEventSources(EventSourceContext<Study> context) {
        trials = new InformerEventSource<>(InformerEventSourceConfiguration.from(Trial.class, Study.class)
                .withName("trials")
                .withSecondaryToPrimaryMapper(Mappers.fromOwnerReferences(Study.class))
                .withOnUpdateFilter(this::trialChanged)
                .build(), context);
        // A completed Job frees its trial's slot at once: the replacement need not wait for the
        // trial's result to be read from the object store and written to its status.
        jobs = new InformerEventSource<>(InformerEventSourceConfiguration.from(Job.class, Study.class)
                .withName("study-jobs")
                .withLabelSelector(Trial.STUDY_LABEL)
                .withSecondaryToPrimaryMapper(j -> Set.of(studyOf(j)))
                .withOnAddFilter(StudyReconciler::complete)
                .withOnUpdateFilter(this::completedNow)
                .withOnDeleteFilter((job, unknownState) -> false)
                .build(), context);
        // Looked up by index: JOSDK's getSecondaryResources puts them in a HashSet, hashing every
        // Job's whole spec on each reconcile (most of a reconcile's time with 1,000 trials).
        trials.addIndexers(Map.of(BY_STUDY, t -> List.of(studyKey(studyOf(t)))));
        jobs.addIndexers(Map.of(BY_STUDY, j -> List.of(studyKey(studyOf(j)))));
        return List.of(trials, jobs);
    }

    /** Whether an update is a Job turning Complete; if so, its slot is free and the replacement clock starts. */
    private boolean completedNow(Job now, Job before) {
        boolean completed = complete(now) && !complete(before);
        if (completed) {
            replacements.freed(studyOf(now), now.getMetadata().getLabels().get(Trial.TRIAL_LABEL));
        }
        return completed;
    }

    /** Every Trial update matters to its Study; one that finishes it also frees its slot (if its Job's event has not). */
    private boolean trialChanged(Trial now, Trial before) {
        if (TrialPhase.of(now.getStatus()).finished() && !TrialPhase.of(before.getStatus()).finished()) {
            replacements.freed(studyOf(now), now.getMetadata().getName());
        }
        return true;
    }

    /**
     * The study's Trials from the informer's index, plus those this operator created that the
     * informer has not delivered yet (JOSDK keeps them in its cache of recent writes), so a trial
     * just created is never planned or suggested as missing.
     */
    private List<Trial> trialsOf(Study study) {
        String namespace = study.getMetadata().getNamespace();
        ResourceID id = ResourceID.fromResource(study);
        List<Trial> out = new ArrayList<>(trials.byIndex(BY_STUDY, studyKey(id)));
        Set<String> pending = recentlyCreated.get(id);
        if (pending != null && !pending.isEmpty()) {
            Set<String> indexed = new HashSet<>();
            out.forEach(t -> indexed.add(t.getMetadata().getName()));
            for (String name : List.copyOf(pending)) {
                if (indexed.contains(name)) {
                    pending.remove(name);
                } else {
                    trials.get(new ResourceID(name, namespace)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The key of a study in the informers' {@value #BY_STUDY} index. */
    private static String studyKey(ResourceID study) {
        return study.getNamespace().orElse("") + "/" + study.getName();
    }

    /** The Study a Job belongs to (its study label). */
    private static ResourceID studyOf(Job job) {
        return new ResourceID(job.getMetadata().getLabels().get(Trial.STUDY_LABEL), job.getMetadata().getNamespace());
    }

    /** The Study a Trial belongs to. */
    private static ResourceID studyOf(Trial trial) {
        return new ResourceID(trial.getSpec().getStudy(), trial.getMetadata().getNamespace());
    }

    private static boolean complete(Job job) {
        return JobObservation.of(job, null).state() == JobObservation.State.COMPLETE;
    }

    @Override
    public UpdateControl<Study> reconcile(Study study, Context<Study> context) {
        try {
            UpdateControl<Study> result = apply(study, context);
            metrics.reconciled("study", "success");
            return result;
        } catch (RuntimeException e) {
            metrics.reconciled("study", "error");
            throw e;
        }
    }

    private UpdateControl<Study> apply(Study study, Context<Study> context) {
        String now = clock.instant().toString();
        Long generation = study.getMetadata().getGeneration();
        StudyValidator.Result validation = validations.validate(study);
        List<String> problems = new ArrayList<>(validation.problems());
        if (problems.isEmpty()) {
            try {
                credentials.settings(study.getMetadata().getNamespace(), study.getSpec().getStorage());
            } catch (Credentials.CredentialsException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            StudyStatus status = StudyStatusBuilder.invalid(problems, study.getStatus(), generation, now);
            if (!StatusWrite.unchanged(study.getStatus(), status)) {
                patchStatus(study, status, context);
                events.warning(study, StudyStatusBuilder.INVALID_SPEC, String.join("; ", problems));
                LOG.info("study {}/{} is invalid: {}", study.getMetadata().getNamespace(), study.getMetadata().getName(), problems);
            }
            return UpdateControl.<Study>noUpdate().rescheduleAfter(CREDENTIALS_RETRY);
        }
        StudyConfig config = validation.config();
        ResourceID id = ResourceID.fromResource(study);
        long t0 = System.nanoTime();
        Set<String> completeJobs = new HashSet<>();
        jobs.byIndex(BY_STUDY, studyKey(id)).stream()
                .filter(StudyReconciler::complete)
                .forEach(j -> completeJobs.add(j.getMetadata().getLabels().get(Trial.TRIAL_LABEL)));
        List<TrialView> views = trialsOf(study).stream()
                .map(t -> TrialView.of(t, completeJobs.contains(t.getMetadata().getName()))).toList();
        Plan plan = Planner.plan(config, views);

        plan.stop().forEach((name, why) -> stop(study, name, why, context));
        if (plan.done()) {
            replacements.remove(id);
        } else if (plan.finish().isPresent()) {
            replacements.forget(id); // no more slots to refill
        }
        int created = create(study, config, views, plan, context);
        metrics.trials(study.getMetadata().getNamespace() + "/" + study.getMetadata().getName(), plan.counts());

        StudyStatus status = StudyStatusBuilder.of(plan, config.maxTrials(), created, study.getStatus(), generation, now);
        boolean changedPhase = study.getStatus() == null || !Objects.equals(study.getStatus().getPhase(), status.getPhase());
        long t1 = System.nanoTime();
        Long last = lastStatusWrite.get(id);
        StatusWrite decision = StatusWrite.decide(study.getStatus(), status,
                last == null ? null : Duration.ofNanos(t1 - last), COUNTS_INTERVAL);
        if (decision.write()) {
            patchStatus(study, status, context);
            lastStatusWrite.put(id, System.nanoTime());
        }
        LOG.debug("study {}: {} trials, created {}, plan+create {} ms, status {} {} ms", study.getMetadata().getName(),
                views.size(), created, (t1 - t0) / 1000000,
                decision.write() ? "written" : decision.retryAfter().isZero() ? "unchanged" : "deferred",
                (System.nanoTime() - t1) / 1000000);
        if (changedPhase && plan.done()) {
            events.normal(study, plan.finish().get().reason(), plan.finish().get().message());
        }
        Optional<Duration> reportRetry = reports.reconciled(study, plan.done(), config.goal());
        Optional<Duration> statusRetry = decision.write() || decision.retryAfter().isZero() ? Optional.empty()
                : Optional.of(decision.retryAfter());
        Optional<Duration> next = Stream.of(statusRetry, reportRetry).flatMap(Optional::stream).min(Comparator.naturalOrder());
        return next.isEmpty() ? UpdateControl.noUpdate() : UpdateControl.<Study>noUpdate().rescheduleAfter(next.get());
    }

    /**
     * The Study is being deleted (JOSDK calls this, not {@link #reconcile}, once it has a deletion
     * timestamp): forget what this operator kept about it. Its Trials and their Jobs go with it
     * through their owner references; the finalizer JOSDK added for this is then removed.
     */
    @Override
    public DeleteControl cleanup(Study study, Context<Study> context) {
        ResourceID id = ResourceID.fromResource(study);
        lastStatusWrite.remove(id);
        recentlyCreated.remove(id);
        replacements.remove(id);
        validations.forget(study.getMetadata().getUid());
        reports.forget(study);
        metrics.trials(study.getMetadata().getNamespace() + "/" + study.getMetadata().getName(), null);
        LOG.debug("study {}/{} deleted: its state is forgotten", study.getMetadata().getNamespace(),
                study.getMetadata().getName());
        return DeleteControl.defaultDelete();
    }

    /**
     * A reconcile threw: the error and the retry count go into the Study's status as a
     * {@code ReconcileError} condition (JOSDK logs it and retries as usual), so that
     * {@code kubectl describe study} shows it; the next successful reconcile removes it.
     */
    @Override
    public ErrorStatusUpdateControl<Study> updateErrorStatus(Study study, Context<Study> context, Exception e) {
        int attempt = context.getRetryInfo().map(RetryInfo::getAttemptCount).orElse(1);
        boolean last = context.getRetryInfo().map(RetryInfo::isLastAttempt).orElse(false);
        study.setStatus(StudyStatusBuilder.reconcileError(study.getStatus(), e.getMessage(), e.getClass().getSimpleName(),
                attempt, last, study.getMetadata().getGeneration(), clock.instant().toString()));
        return ErrorStatusUpdateControl.patchStatus(study);
    }

    /** Stops the threads that create Trials (after the operator stopped reconciling). */
    @Override
    public void close() {
        creators.shutdown();
        try {
            if (!creators.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) {
                creators.shutdownNow();
            }
        } catch (InterruptedException e) {
            creators.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private int create(Study study, StudyConfig config, List<TrialView> views, Plan plan, Context<Study> context) {
        if (plan.create().isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        Map<Integer, Map<String, String>> suggestions = Suggester.suggest(config, views, plan.create());
        metrics.suggestion((System.nanoTime() - started) / 1e9 / suggestions.size());
        // Creates go out concurrently: a batch (parallelism trials at the start, several when many
        // trials end at once) then costs one round trip instead of one per trial.
        List<Trial> batch = new ArrayList<>();
        suggestions.forEach((index, params) -> batch.add(TrialResources.newTrial(study, index, params)));
        List<CompletableFuture<Boolean>> futures = batch.stream()
                .map(t -> CompletableFuture.supplyAsync(() -> createOne(t, context), creators)).toList();
        ResourceID id = ResourceID.fromResource(study);
        int created = 0;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                if (futures.get(i).join()) {
                    names.add(batch.get(i).getMetadata().getName());
                    recentlyCreated.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                            .add(batch.get(i).getMetadata().getName());
                }
                created++;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        replacements.created(id, created).forEach(metrics::replacement);
        if (!names.isEmpty()) {
            events.normal(study, "TrialsCreated", "created " + String.join(", ", names));
            LOG.debug("study {} created {}", study.getMetadata().getName(), names);
        }
        return created;
    }

    /** Creates one Trial; false when it already existed (created before a restart, not yet cached). */
    private boolean createOne(Trial trial, Context<Study> context) {
        try {
            context.resourceOperations().create(trial, trials);
            return true;
        } catch (KubernetesClientException ex) {
            if (ex.getCode() != 409) {
                throw ex;
            }
            return false; // it holds its slot all the same
        }
    }

    private void stop(Study study, String trial, String why, Context<Study> context) {
        try {
            context.getClient().resources(Trial.class).inNamespace(study.getMetadata().getNamespace()).withName(trial)
                    .edit(t -> {
                        t.getSpec().setEarlyStop(true);
                        t.getSpec().setEarlyStopReason(why);
                        return t;
                    });
            events.normal(study, "TrialEarlyStopped", trial + ": " + why);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
        }
    }

    /** Writes the status with a JSON patch (the caller has decided that it differs). */
    private static void patchStatus(Study study, StudyStatus status, Context<Study> context) {
        context.resourceOperations().jsonPatchPrimaryStatus(study, s -> {
            s.setStatus(status);
            return s;
        });
    }
}
