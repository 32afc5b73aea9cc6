package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's view of a trial folder, written the way a trainer writes it. */
class TrialOutputTest {
    @TempDir
    Path temp;

    LocalObjectStore bucket;
    TrialPaths paths = ObjectLayout.trial("s", "s-0001");
    TrialOutput output;

    @BeforeEach
    void setUp() throws IOException {
        bucket = new LocalObjectStore(temp);
        output = new TrialOutput(bucket, paths);
    }

    @Test
    void nothingWrittenYetMeansNoResultAndNoMetrics() throws IOException {
        assertEquals(Optional.empty(), output.result());
        assertEquals(List.of(), output.metrics());
        assertEquals(List.of(), output.histograms());
        assertEquals(Map.of(), output.params());
        assertEquals(OptionalInt.empty(), output.latestEpoch());
    }

    @Test
    void metricsWithoutResultIsARunningTrial() throws IOException {
        TrialOutputWriter writer = new TrialOutputWriter(bucket, paths);
        writer.params(Map.of("lr", "0.001"));
        writer.append(MetricsLine.of(1, 0.9, 1.0));
        writer.append(MetricsLine.of(2, 0.8, 0.9));
        assertEquals(Optional.empty(), output.result(), "no result.json, no result");
        assertEquals(OptionalInt.of(2), output.latestEpoch());
        assertEquals(Map.of("lr", "0.001"), output.params());
    }

    @Test
    void resultCommitsTheTrial() throws IOException {
        TrialOutputWriter writer = new TrialOutputWriter(bucket, paths);
        writer.append(MetricsLine.of(1, 0.9, 1.0));
        writer.append(List.of(new HistogramLine(1, "conv", "W", new double[] {0, 1}, new long[] {4}, 0.5, 0.1, 0, 3, 0.2,
                null, null)));
        writer.result(TrialResult.succeeded("valLoss", 1.0, 1, 1, 2.0));
        assertEquals(Optional.of(TrialResult.succeeded("valLoss", 1.0, 1, 1, 2.0)), output.result());
        assertEquals(1, output.histograms().size());
    }

    @Test
    void aTrainerStoreRootedAtItsOutputWritesWhatTheOperatorReads() throws IOException {
        // PARZEN_OUTPUT points at the trial folder; the trainer uses TrialPaths.root() there.
        LocalObjectStore trainerView = new LocalObjectStore(temp.resolve(paths.prefix()));
        new TrialOutputWriter(trainerView, TrialPaths.root()).result(TrialResult.failed("out of memory", 0, 1.5));
        assertEquals("out of memory", output.result().orElseThrow().message());
    }

    @Test
    void aCutOffLastMetricsLineIsIgnored() throws IOException {
        String text = "{\"epoch\":1,\"trainLoss\":0.5,\"valLoss\":0.6}\n{\"epoch\":2,\"train";
        bucket.put(paths.metrics(), text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(OptionalInt.of(1), output.latestEpoch());
    }

    @Test
    void paramsWithNumbersReadAsStrings() throws IOException {
        bucket.put(paths.params(), "{\"lr\":0.001,\"depth\":4,\"head\":\"grouped\"}".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(Map.of("lr", "0.001", "depth", "4", "head", "grouped"), output.params());
    }

    @Test
    void aCorruptResultIsAnErrorNamingTheObject() throws IOException {
        bucket.put(paths.result(), "{\"status\":".getBytes(StandardCharsets.UTF_8), null);
        IOException e = assertThrows(IOException.class, output::result);
        assertTrue(e.getMessage().contains("studies/s/trials/s-0001/result.json in " + temp), e.getMessage());
    }
}
