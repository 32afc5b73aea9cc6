package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import io.parzen.tpe.Goal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialStatusMapperTest {

    static Job job(String kind) {
        JobBuilder b = new JobBuilder().withNewMetadata().withName("s-0001").endMetadata().withNewSpec().endSpec();
        return switch (kind) {
            case "none" -> null;
            case "new" -> b.build();
            case "suspended" -> b.editSpec().withSuspend(true).endSpec().build();
            case "ready" -> b.withNewStatus().withActive(1).withReady(1).endStatus().build();
            case "complete" -> b.withNewStatus().withSucceeded(1).addNewCondition().withType("Complete").withStatus("True")
                    .endCondition().endStatus().build();
            case "deadline" -> b.withNewStatus().withFailed(1).addNewCondition().withType("Failed").withStatus("True")
                    .withReason("DeadlineExceeded").withMessage("Job was active longer than specified deadline")
                    .endCondition().endStatus().build();
            case "backoff" -> b.withNewStatus().withFailed(1).addNewCondition().withType("Failed").withStatus("True")
                    .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
                    .endCondition().endStatus().build();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Pod pod(String kind) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName("p").endMetadata();
        return switch (kind) {
            case "none" -> null;
            case "unschedulable" -> b.withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled")
                    .withStatus("False").withReason("Unschedulable")
                    .withMessage("0/3 nodes are available: 3 Insufficient nvidia.com/gpu.").endCondition().endStatus().build();
            case "pull" -> b.withNewStatus().withPhase("Pending").addNewContainerStatus().withName("trainer")
                    .withNewState().withNewWaiting().withReason("ImagePullBackOff").withMessage("Back-off pulling image")
                    .endWaiting().endState().endContainerStatus().endStatus().build();
            case "running" -> b.withNewStatus().withPhase("Running").endStatus().build();
            case "error-line" -> b.withNewStatus().withPhase("Failed").addNewContainerStatus().withName("trainer")
                    .withNewState().withNewTerminated().withExitCode(2)
                    .withMessage("parzen train: Unknown option: '--frobnicate' (see 'parzen train --help')")
                    .endTerminated().endState().endContainerStatus().endStatus().build();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static Optional<TrialResult> result(String kind) {
        return switch (kind) {
            case "none" -> Optional.empty();
            case "ok" -> Optional.of(TrialResult.succeeded("valLoss", 0.25, 3, 4, 10.0));
            case "failed" -> Optional.of(TrialResult.failed("loss diverged (NaN) at epoch 2", 2, 5.0));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "job={0} pod={1} epochs={2} result={3} stop={4} -> {5} {6}")
    @CsvSource(delimiter = '|', value = {
        // job     | pod           | epochs | result | stop  | phase        | reason               | objective | message contains
        "none      | none          | 0      | none   | false | Pending      | JobMissing           | NaN       | being created",
        "new       | none          | 0      | none   | false | Pending      | Starting             | NaN       | start",
        "suspended | none          | 0      | none   | false | Pending      | Queued               | NaN       | queue",
        "new       | unschedulable | 0      | none   | false | Pending      | Unschedulable        | NaN       | Insufficient nvidia.com/gpu",
        "new       | pull          | 0      | none   | false | Pending      | ImagePullBackOff     | NaN       | pulling",
        "new       | running       | 0      | none   | false | Running      | Running              | NaN       | ''",
        "ready     | none          | 2      | none   | false | Running      | Running              | 0.4       | ''",
        "complete  | none          | 4      | ok     | false | Succeeded    | ResultWritten        | 0.25      | valLoss 0.25",
        "complete  | none          | 4      | none   | false | Failed       | NoResult             | 0.2       | trainer wrote no result",
        "complete  | none          | 2      | failed | false | Failed       | TrainerFailed        | 0.4       | diverged",
        "deadline  | running       | 3      | none   | false | Failed       | DeadlineExceeded     | 0.3       | activeDeadlineSeconds",
        "backoff   | none          | 0      | none   | false | Failed       | BackoffLimitExceeded | NaN       | backoff limit",
        "backoff   | error-line    | 0      | none   | false | Failed       | BackoffLimitExceeded | NaN       | backoff limit; the trainer: parzen train: Unknown option: '--frobnicate'",
        "ready     | running       | 3      | none   | true  | EarlyStopped | EarlyStopped         | 0.3       | stopped by the early-stopping rule at epoch 3",
        "complete  | none          | 4      | ok     | true  | Succeeded    | ResultWritten        | 0.25      | valLoss",
    })
    void mapsJobPodAndOutputToPhase(String job, String pod, int epochs, String result, boolean stop, TrialPhase phase,
            String reason, double objective, String message) {
        List<MetricsLine> metrics = new java.util.ArrayList<>();
        double[] losses = {0.6, 0.4, 0.3, 0.2};
        for (int e = 1; e <= epochs; e++) {
            metrics.add(new MetricsLine(e, 1.0, losses[e - 1], Map.of("valIoU", 0.1 * e)));
        }
        TrialOutcome o = TrialStatusMapper.map(JobObservation.of(job(job), pod(pod)), stop, "valLoss", Goal.MINIMIZE,
                metrics, result(result));
        assertEquals(phase, o.phase());
        assertEquals(reason, o.reason());
        assertEquals(objective, o.objective().orElse(Double.NaN), 1e-12);
        assertTrue(o.message().contains(message), o.message());
        assertEquals(epochs == 0 ? 0 : Math.max(epochs, result.equals("ok") ? 4 : 0), o.epoch().orElse(0));
        assertEquals(epochs, o.curve().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stopped by asha at rung 1 (epoch 3): valLoss 0.3 ranks 4 of the 5 trials at that rung | stopped by asha at rung 1 (epoch 3): valLoss 0.3 ranks 4 of the 5 trials at that rung",
        "stopped by median at epoch 3: best valLoss 0.3 up to epoch 3 is worse than the median | stopped by median at epoch 3: best valLoss 0.3 up to epoch 3 is worse than the median",
        "''                                                                                     | stopped by the early-stopping rule at epoch 3",
    })
    void earlyStoppedTrialSaysWhichRuleStoppedIt(String reason, String message) {
        List<MetricsLine> metrics = List.of(new MetricsLine(1, 1, 0.5, Map.of()), new MetricsLine(2, 1, 0.4, Map.of()),
                new MetricsLine(3, 1, 0.3, Map.of()));
        TrialOutcome o = TrialStatusMapper.map(JobObservation.of(job("ready"), pod("running")), true, reason, "valLoss",
                Goal.MINIMIZE, metrics, Optional.empty());
        assertEquals(TrialPhase.EarlyStopped, o.phase());
        assertEquals(message, o.message());
    }

    /** The trainer's planned epoch count goes through the Trial's status to the planner's view; absent stays absent. */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"4, 4", "5, 5", "-, -"})
    void plannedEpochsReachesThePlannersView(Integer stated, Integer viewed) {
        List<MetricsLine> metrics = new java.util.ArrayList<>();
        for (int e = 1; e <= 4; e++) {
            metrics.add(stated == null ? MetricsLine.of(e, 1, 0.5) : MetricsLine.of(e, 1, 0.5).withPlannedEpochs(stated));
        }
        TrialOutcome o = TrialStatusMapper.map(JobObservation.of(job("ready"), pod("running")), false, "valLoss",
                Goal.MINIMIZE, metrics, Optional.empty());
        Trial trial = TrialResources.newTrial(Fixtures.study("valid.yaml"), 0, Map.of());
        trial.setStatus(TrialStatusBuilder.of(o, Map.of(), "seg-0000", null, 1L, "t1"));
        TrialView view = TrialView.of(trial);
        assertEquals(TrialPhase.Running, view.phase());
        assertEquals(viewed == null ? OptionalInt.empty() : OptionalInt.of(viewed), view.plannedEpochs());
        assertEquals(!Integer.valueOf(4).equals(viewed), view.stoppable(), "a trial at its planned last epoch is not stoppable");
    }

    @ParameterizedTest
    @CsvSource({"minimize,0.2", "maximize,0.7"})
    void earlyStoppedKeepsTheBestValueForTheGoal(String goal, double best) {
        List<MetricsLine> metrics = List.of(new MetricsLine(1, 1, 0.5, Map.of("m", 0.7)), new MetricsLine(2, 1, 0.5, Map.of("m", 0.2)));
        TrialOutcome o = TrialStatusMapper.map(JobObservation.of(job("ready"), null), true, "m", Goal.parse(goal),
                metrics, Optional.empty());
        assertEquals(best, o.objective().getAsDouble(), 0.0);
    }
}
