package io.parzen.operator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.JobObservation;
import io.parzen.operator.planning.ResultRule;
import io.parzen.operator.planning.TrialStatusMapper;
import io.parzen.operator.store.StudyReader;
import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialResult;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One result, one phase: the Trial controller's mapper, the local runner and the store's reader
 * ({@code parzen trials}, {@code parzen report}) all decide a finished trial's phase from its
 * result.json with {@link ResultRule}, so a NaN objective is Failed everywhere, for the same reason.
 */
class ResultPhaseAgreementTest {
    @TempDir
    Path folder;

    static TrialResult result(String status, String objective) {
        return status.equals("succeeded")
                ? new TrialResult(TrialResult.Status.SUCCEEDED, "valLoss", Double.parseDouble(objective), 2, 3, 1.0, null)
                : TrialResult.failed("loss diverged", 1, 1.0);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        succeeded | 0.25      | Succeeded
        succeeded | 0         | Succeeded
        succeeded | -3.5      | Succeeded
        succeeded | NaN       | Failed
        succeeded | Infinity  | Failed
        succeeded | -Infinity | Failed
        failed    | none      | Failed
        """)
    void everyReaderGivesTheSamePhase(String status, String objective, TrialPhase expected) throws IOException {
        TrialResult r = result(status, objective);
        assertEquals(expected == TrialPhase.Succeeded, ResultRule.succeeded(r), "the rule");

        var complete = JobObservation.of(new JobBuilder().withNewMetadata().withName("s-0000").endMetadata()
                .withNewStatus().withSucceeded(1).addNewCondition().withType("Complete").withStatus("True").endCondition()
                .endStatus().build(), null);
        var outcome = TrialStatusMapper.map(complete, false, "valLoss", Goal.MINIMIZE, List.of(), Optional.of(r));
        assertEquals(expected, outcome.phase(), "the Trial controller");

        LocalTrial local = new LocalTrial("s-0000", 0, Map.of("x", "1"), TrialPhase.Running);
        StoreTrials.settle(local, r);
        assertEquals(expected, local.phase, "the local runner");
        if (expected == TrialPhase.Failed) {
            assertEquals(outcome.message(), local.message, "the same reason on a cluster and locally");
            assertEquals(status.equals("failed") ? "the trainer reported failure: loss diverged"
                    : "the trainer reported failure: the objective is " + objective + ", not a finite number", local.message);
        }

        try (LocalObjectStore store = new LocalObjectStore(folder)) {
            new TrialOutputWriter(store, ObjectLayout.trial("s", "s-0000")).result(r);
            var read = new StudyReader(store).read("s", false).trial("s-0000").orElseThrow();
            assertEquals(expected.name(), read.phase().display(), "parzen trials and parzen report");
            assertEquals(expected == TrialPhase.Succeeded, read.objective().isPresent(), "the report's objective");
        }
    }
}
