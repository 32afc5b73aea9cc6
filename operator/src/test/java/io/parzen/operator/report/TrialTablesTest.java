package io.parzen.operator.report;

import io.parzen.tpe.Goal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.storage.LocalObjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
                "NAME        PARAMS                                     PHASE          OBJECTIVE   EPOCH   SECONDS",
                "seed-0000   head=baseline,lr=0.001                     Succeeded      0.4         3       30.5",
                "seed-0001   head=grouped,filtersPerClass=4,lr=3e-4     Succeeded      0.3         3       41.3",
                "seed-0002   head=grouped,filtersPerClass=16,lr=0.003   EarlyStopped   -           2       20",
                "seed-0003   head=grouped,filtersPerClass=8,lr=0.001    Running        -           1       10",
                "seed-0004   head=grouped,filtersPerClass=2,lr=0.01     Failed         -           1       9",
                "seed-0005   head=grouped,filtersPerClass=32,lr=0.001   Unknown        -           -       -",
                "seed-0005: result.json: bad JSON in studies/seed/trials/seed-0005/result.json in " + store.describe()
                        + ": Unexpected character ('n' (code 110)): was expecting double-quote to start field name"),
                lines);
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
