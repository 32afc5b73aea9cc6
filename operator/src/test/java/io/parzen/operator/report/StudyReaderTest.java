package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.tpe.Goal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.TrialOutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study model read back from what a trainer and the operator wrote. */
class StudyReaderTest {
    @TempDir
    Path folder;
    LocalObjectStore store;

    @BeforeEach
    void write() throws IOException {
        store = new LocalObjectStore(folder);
        FakeStudy.write(store);
    }

    @Test
    void readsEveryTrialWithItsPhase() throws IOException {
        StudyModel study = new StudyReader(store).read(FakeStudy.STUDY, true);
        assertEquals(List.of("seed-0000", "seed-0001", "seed-0002", "seed-0003", "seed-0004", "seed-0005"),
                study.trials().stream().map(TrialRecord::name).toList());
        assertEquals(List.of(TrialPhase.SUCCEEDED, TrialPhase.SUCCEEDED, TrialPhase.EARLY_STOPPED, TrialPhase.RUNNING,
                        TrialPhase.FAILED, TrialPhase.UNKNOWN),
                study.trials().stream().map(TrialRecord::phase).toList());
        assertEquals(List.of("head", "lr", "filtersPerClass"), study.parameterNames());
        assertEquals("valLoss", study.objectiveMetric());
        assertEquals("seed-0001", study.best(Goal.MINIMIZE).orElseThrow().name());
        assertEquals("seed-0000", study.best(Goal.MAXIMIZE).orElseThrow().name());
    }

    @Test
    void readsMetricsHistogramsAndMasksOfATrial() throws IOException {
        TrialRecord best = new StudyReader(store).read(FakeStudy.STUDY, true).trial("seed-0001").orElseThrow();
        assertEquals(Map.of("head", "grouped", "filtersPerClass", "4", "lr", "0.0003"), best.params());
        assertEquals(0.30, best.objective().getAsDouble());
        assertEquals(3, best.metrics().size());
        assertEquals(0.63, best.reportLine().orElseThrow().metric("f1Building").getAsDouble(), 1e-12);
        assertEquals(3 * 2 * 2, best.histograms().size(), "3 epochs x 2 layers x (W, b)");
        assertEquals(List.of(1, 3), List.copyOf(best.masks().keySet()));
        assertEquals(3, best.maskEpoch().getAsInt());
        assertEquals(List.of(FakeStudy.trial("seed-0001").mask(3, "tileA"), FakeStudy.trial("seed-0001").mask(3, "tileB")),
                best.maskKeys());
        assertEquals(41.25, best.seconds().getAsDouble());
        assertTrue(best.problems().isEmpty());
    }

    @Test
    void trialsWithoutResultKeepWhatTheyReported() throws IOException {
        StudyModel study = new StudyReader(store).read(FakeStudy.STUDY, true);
        TrialRecord stopped = study.trial("seed-0002").orElseThrow();
        assertNull(stopped.result());
        assertEquals("stopped by median at epoch 2", stopped.message().orElseThrow());
        assertEquals(2, stopped.lastEpoch().getAsInt());
        assertEquals(20.0, stopped.seconds().getAsDouble(), "summed from the metrics lines");
        TrialRecord running = study.trial("seed-0003").orElseThrow();
        assertEquals(1, running.lastEpoch().getAsInt());
        assertTrue(running.objective().isEmpty());
        assertEquals("loss diverged (NaN) at epoch 2", study.trial("seed-0004").orElseThrow().message().orElseThrow());
    }

    @Test
    void aCorruptFileBecomesAProblemNotAFailure() throws IOException {
        TrialRecord corrupt = new StudyReader(store).read(FakeStudy.STUDY, true).trial("seed-0005").orElseThrow();
        assertEquals(TrialPhase.UNKNOWN, corrupt.phase());
        assertEquals(1, corrupt.problems().size());
        assertTrue(corrupt.problems().get(0).startsWith("result.json: bad JSON in studies/seed/trials/seed-0005/result.json"),
                corrupt.problems().get(0));
        assertEquals("32", corrupt.params().get("filtersPerClass"), "the other files are still read");
    }

    @Test
    void aBadMetricsLineInTheMiddleIsReportedAndTheRestRead() throws IOException {
        store.put(FakeStudy.trial("seed-0003").metrics(), "{\"epoch\":1,\"trainLoss\":1,\"valLoss\":1}\nnope\n{}\n".getBytes(),
                "application/x-ndjson");
        TrialRecord trial = new StudyReader(store).read(FakeStudy.STUDY, true).trial("seed-0003").orElseThrow();
        assertTrue(trial.metrics().isEmpty());
        assertTrue(trial.problems().get(0).startsWith("metrics.jsonl: bad line 2"), trial.problems().get(0));
        assertEquals("8", trial.params().get("filtersPerClass"));
    }

    @Test
    void anUnknownStatusPhaseIsAProblem() throws IOException {
        store.put(FakeStudy.trial("seed-0002").status(), "{\"phase\":\"Sleeping\"}".getBytes(), "application/json");
        TrialRecord trial = new StudyReader(store).read(FakeStudy.STUDY, false).trial("seed-0002").orElseThrow();
        assertEquals(TrialPhase.UNKNOWN, trial.phase());
        assertTrue(trial.problems().get(0).startsWith("status.json: bad JSON in ")
                && trial.problems().get(0).contains("unknown trial phase 'Sleeping'"), trial.problems().get(0));
    }

    @Test
    void summaryReadsSkipHistograms() throws IOException {
        StudyModel study = new StudyReader(store).read(FakeStudy.STUDY, false);
        assertTrue(study.trials().stream().allMatch(t -> t.histograms().isEmpty()));
        assertEquals(3, study.trial("seed-0000").orElseThrow().metrics().size());
    }

    @Test
    void listsStudiesAndReadsAnUnknownStudyAsEmpty() throws IOException {
        new TrialOutputWriter(store, ObjectLayout.trial("other", "other-0000")).params(Map.of("x", "1"));
        store.put("studies/loose.txt", new byte[] {1}, "text/plain");
        StudyReader reader = new StudyReader(store);
        assertEquals(List.of("other", "seed"), reader.studies());
        assertTrue(reader.read("missing", true).trials().isEmpty());
    }
}
