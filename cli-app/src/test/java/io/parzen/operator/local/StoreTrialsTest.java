package io.parzen.operator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.TrialView;
import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.TrialOutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The local runner reads the trainer's planned epoch count from the same metrics lines as the Trial
 * controller, so the shared stopping rules leave a trial at its last epoch alone here too.
 */
class StoreTrialsTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "planned {0}, {1} epochs reported -> stoppable {2}")
    @CsvSource(nullValues = "-", value = {"3, 2, true", "3, 3, false", "-, 3, true"})
    void viewCarriesThePlannedEpochCount(Integer planned, int reported, boolean stoppable) throws IOException {
        StoreTrials store = new StoreTrials(new LocalObjectStore(folder), "s", "valLoss");
        TrialOutputWriter writer = new TrialOutputWriter(new LocalObjectStore(folder), ObjectLayout.trial("s", "s-0000"));
        for (int e = 1; e <= reported; e++) {
            MetricsLine line = MetricsLine.of(e, 1, 0.5);
            writer.append(planned == null ? line : line.withPlannedEpochs(planned));
        }
        LocalTrial trial = new LocalTrial("s-0000", 0, Map.of("x", "1"), TrialPhase.Running);
        store.refreshCurve(trial);
        TrialView view = trial.view();
        assertEquals(planned == null ? OptionalInt.empty() : OptionalInt.of(planned), view.plannedEpochs());
        assertEquals(reported, view.latestEpoch());
        assertEquals(stoppable, view.stoppable());
    }
}
