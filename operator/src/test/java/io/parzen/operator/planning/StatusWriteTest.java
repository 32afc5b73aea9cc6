package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.parzen.operator.api.BestTrial;
import io.parzen.operator.api.StudyStatus;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StatusWriteTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private static StudyStatus status(Consumer<StudyStatus> edit) {
        StudyStatus s = new StudyStatus();
        s.setPhase("Running");
        s.setObservedGeneration(1L);
        s.setRunning(4);
        s.setProgress("3/30");
        s.setConditions(List.of(new ConditionBuilder().withType("Running").withStatus("True").withReason("TrialsRunning")
                .withMessage("4 trials active, 3 finished").build()));
        edit.accept(s);
        return s;
    }

    @Test
    void anUnchangedStatusIsNotWritten() {
        assertEquals(new StatusWrite(false, Duration.ZERO), StatusWrite.decide(status(s -> {}), status(s -> {}), null, SECOND));
    }

    @Test
    void aFirstStatusOrOneNeverWrittenByThisOperatorIsWrittenAtOnce() {
        assertEquals(true, StatusWrite.decide(null, status(s -> {}), Duration.ZERO, SECOND).write());
        assertEquals(true, StatusWrite.decide(status(s -> {}), status(s -> s.setRunning(3)), null, SECOND).write());
    }

    @Test
    void countsAloneWaitForTheIntervalAndSayWhenToLookAgain() {
        StudyStatus before = status(s -> {});
        StudyStatus counts = status(s -> {
            s.setRunning(3);
            s.setProgress("4/30");
            s.setConditions(List.of(new ConditionBuilder().withType("Running").withStatus("True").withReason("TrialsRunning")
                    .withMessage("3 trials active, 4 finished").build()));
        });
        assertEquals(new StatusWrite(false, Duration.ofMillis(700)),
                StatusWrite.decide(before, counts, Duration.ofMillis(300), SECOND));
        assertEquals(true, StatusWrite.decide(before, counts, SECOND, SECOND).write());
    }

    @Test
    void phaseBestGenerationAndConditionStatesAreWrittenAtOnce() {
        StudyStatus before = status(s -> {});
        Duration soon = Duration.ofMillis(10);
        assertEquals(true, StatusWrite.decide(before, status(s -> s.setPhase("Succeeded")), soon, SECOND).write());
        assertEquals(true, StatusWrite.decide(before, status(s -> s.setObservedGeneration(2L)), soon, SECOND).write());
        BestTrial best = new BestTrial();
        best.setName("s-0003");
        assertEquals(true, StatusWrite.decide(before, status(s -> s.setBestTrial(best)), soon, SECOND).write());
        assertEquals(true, StatusWrite.decide(before, status(s -> s.setConditions(List.of(new ConditionBuilder()
                .withType("Running").withStatus("True").withReason("Finishing").withMessage("x").build()))), soon, SECOND).write());
    }
}
