package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact lines of {@code parzen trials}. */
class TrialTablesTest {
    @TempDir
    Path folder;

    @Test
    void trialTableOfTheFakeStudy() throws IOException {
        LocalObjectStore store = new LocalObjectStore(folder);
        FakeStudy.write(store);
        List<String> lines = TrialTables.trials(new StudyReader(store).read(FakeStudy.STUDY, false));
        assertEquals(List.of(
                "NAME        PARAMS                                     PHASE          OBJECTIVE   PIXEL-F1   OBJECT-F1   EPOCH   SECONDS",
                "seed-0000   head=baseline,lr=0.001                     Succeeded      0.4         0.53       0.128       3       30.5",
                "seed-0001   head=grouped,filtersPerClass=4,lr=3e-4     Succeeded      0.3         0.63       0.228       3       41.3",
                "seed-0002   head=grouped,filtersPerClass=16,lr=0.003   EarlyStopped   -           0.52       0.127       2       20",
                "seed-0003   head=grouped,filtersPerClass=8,lr=0.001    Running        -           0.51       0.126       1       10",
                "seed-0004   head=grouped,filtersPerClass=2,lr=0.01     Failed         -           0.51       0.126       1       9",
                "seed-0005   head=grouped,filtersPerClass=32,lr=0.001   Unknown        -           -          -           -       -",
                "seed-0002: stopped by median at epoch 2",
                "seed-0005: result.json: bad JSON in studies/seed/trials/seed-0005/result.json in " + store.describe()
                        + ": Unexpected character ('n' (code 110)): was expecting double-quote to start field name"),
                lines);
    }

    @Test
    void theF1ScoresAreThoseOfTheReportedEpochOrTheLastOne() {
        List<MetricsLine> threeEpochs = List.of(scores(1, 0.51, 0.11), scores(2, 0.52, 0.12), scores(3, 0.53, 0.13));
        StudyModel study = new StudyModel("s", List.of(
                trial("s-0000", TrialPhase.SUCCEEDED, TrialResult.succeeded("valLoss", 0.2, 2, 3, 30), threeEpochs),
                trial("s-0001", TrialPhase.EARLY_STOPPED, null, threeEpochs),
                trial("s-0002", TrialPhase.SUCCEEDED, TrialResult.succeeded("valLoss", 0.2, 4, 3, 30), threeEpochs),
                trial("s-0003", TrialPhase.SUCCEEDED, TrialResult.succeeded("valLoss", 0.2, 1, 1, 10),
                        List.of(MetricsLine.of(1, 0.3, 0.2)))));
        assertEquals(List.of(
                "NAME     PARAMS   PHASE          OBJECTIVE   PIXEL-F1   OBJECT-F1   EPOCH   SECONDS",
                "s-0000   -        Succeeded      0.2         0.52       0.12        3       30",
                "s-0001   -        EarlyStopped   -           0.53       0.13        3       -",
                "s-0002   -        Succeeded      0.2         -          -           3       30",
                "s-0003   -        Succeeded      0.2         -          -           1       10"),
                TrialTables.trials(study), "epoch 2 as reported; the last epoch; a reported epoch without a line; no keys");
    }

    private static MetricsLine scores(int epoch, double pixel, double object) {
        return MetricsLine.of(epoch, 0.3, 0.2).with("f1Building", pixel).with("buildingF1", object);
    }

    private static TrialRecord trial(String name, TrialPhase phase, TrialResult result, List<MetricsLine> metrics) {
        return new TrialRecord(name, Map.of(), phase, result, null, metrics, List.of(), new TreeMap<>(), List.of());
    }

    @Test
    void studiesTable() {
        StudyModel empty = new StudyModel("empty", List.of());
        TrialRecord done = new TrialRecord("a-0000", java.util.Map.of("x", "1"), TrialPhase.SUCCEEDED,
                io.parzen.storage.TrialResult.succeeded("valLoss", 0.25, 1, 1, 1), null, List.of(), List.of(),
                new java.util.TreeMap<>(), List.of());
        StudyModel a = new StudyModel("a", List.of(done));
        assertEquals(List.of(
                "NAME    TRIALS   SUCCEEDED   RUNNING   BEST     OBJECTIVE",
                "a       1        1           0         a-0000   0.25",
                "empty   0        0           0         -        -"),
                TrialTables.studies(List.of(a, empty), Goal.MINIMIZE));
    }
}
