package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each record against its exact JSON text, both ways: the text is the contract between processes. */
class RecordJsonTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of(MetricsLine.of(1, 0.5, 0.625),
                        "{\"epoch\":1,\"trainLoss\":0.5,\"valLoss\":0.625}"),
                Arguments.of(MetricsLine.of(3, 0.25, 0.375).with("valIoU", 0.5).with("seconds", 12.5)
                                .with("buildingF1", 0.125).with("valF1Border", 0.0),
                        "{\"epoch\":3,\"trainLoss\":0.25,\"valLoss\":0.375,"
                                + "\"buildingF1\":0.125,\"seconds\":12.5,\"valF1Border\":0.0,\"valIoU\":0.5}"),
                Arguments.of(MetricsLine.of(3, 0.25, 0.375).withPlannedEpochs(10).with("seconds", 12.5),
                        "{\"epoch\":3,\"plannedEpochs\":10,\"trainLoss\":0.25,\"valLoss\":0.375,\"seconds\":12.5}"),
                Arguments.of(MetricsLine.of(2, Double.NaN, Double.POSITIVE_INFINITY),
                        "{\"epoch\":2,\"trainLoss\":\"NaN\",\"valLoss\":\"Infinity\"}"),
                Arguments.of(new HistogramLine(2, "enc1_conv1", "W", new double[] {-0.5, 0.0, 0.5}, new long[] {10, 12},
                                0.01, 0.2, 0.1, 3.2, 0.04, 0.003, 0.05),
                        "{\"epoch\":2,\"layer\":\"enc1_conv1\",\"param\":\"W\",\"edges\":[-0.5,0.0,0.5],"
                                + "\"counts\":[10,12],\"mean\":0.01,\"std\":0.2,\"skewness\":0.1,\"kurtosis\":3.2,"
                                + "\"normalDistance\":0.04,\"change\":0.003,\"relativeChange\":0.05}"),
                Arguments.of(new HistogramLine(1, "head", "b", new double[] {0.0, 1.0}, new long[] {3},
                                0.5, 0.0, 0.0, 0.0, 1.0, null, null),
                        "{\"epoch\":1,\"layer\":\"head\",\"param\":\"b\",\"edges\":[0.0,1.0],\"counts\":[3],"
                                + "\"mean\":0.5,\"std\":0.0,\"skewness\":0.0,\"kurtosis\":0.0,\"normalDistance\":1.0}"),
                Arguments.of(TrialResult.succeeded("valLoss", 0.3125, 7, 10, 412.5),
                        "{\"status\":\"succeeded\",\"metric\":\"valLoss\",\"objective\":0.3125,\"bestEpoch\":7,"
                                + "\"epochs\":10,\"seconds\":412.5}"),
                Arguments.of(TrialResult.failed("loss diverged (NaN) at epoch 2", 2, 30.0),
                        "{\"status\":\"failed\",\"epochs\":2,\"seconds\":30.0,"
                                + "\"message\":\"loss diverged (NaN) at epoch 2\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void writesExactlyAndReadsBack(Object value, String json) throws IOException {
        assertEquals(json, Json.write(value));
        Object back = Json.read(json.getBytes(StandardCharsets.UTF_8), value.getClass(), "test");
        assertEquals(Json.write(value), Json.write(back));
        if (!(value instanceof MetricsLine m && Double.isNaN(m.trainLoss()))) {
            assertEquals(value, back);
        }
    }

    @Test
    void metricsLineReadsAnyExtraKeyAndIgnoresNothing() throws IOException {
        MetricsLine line = Json.read(
                "{\"valLoss\":0.4,\"epoch\":5,\"trainLoss\":0.3,\"iouBuilding\":0.61,\"f1Border\":0.2}"
                        .getBytes(StandardCharsets.UTF_8), MetricsLine.class, "test");
        assertEquals(Map.of("iouBuilding", 0.61, "f1Border", 0.2), line.extras());
        assertEquals(0.61, line.metric("iouBuilding").orElseThrow());
        assertEquals(0.4, line.metric("valLoss").orElseThrow());
        assertEquals(5.0, line.metric("epoch").orElseThrow());
        assertTrue(line.metric("valIoU").isEmpty());
    }

    /** A bad planned count turns the hint off; it never makes the line, and so the trial's progress, unreadable. */
    @ParameterizedTest(name = "plannedEpochs {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "4            | 4",
        "4.0          | 4",
        "-            | -",
        "null         | -",
        "0            | -",
        "-2           | -",
        "2.5          | -",
        "3000000000   | -",
        "'\"ten\"'  | -",
        "'\"4\"'    | -",
        "true         | -",
        "[4]          | -",
        "'{\"n\":4}' | -",
    })
    void metricsLineReadsPlannedEpochsLeniently(String json, Integer expected) throws IOException {
        String field = json == null ? "" : ",\"plannedEpochs\":" + json;
        MetricsLine line = Json.read(("{\"epoch\":2" + field + ",\"trainLoss\":0.3,\"valLoss\":0.4,\"valIoU\":0.5}")
                .getBytes(StandardCharsets.UTF_8), MetricsLine.class, "test");
        assertEquals(expected, line.plannedEpochs());
        assertEquals(0.4, line.valLoss());
        assertEquals(Map.of("valIoU", 0.5), line.extras(), "the count never lands among the metrics");
    }

    @Test
    void plannedEpochsIsTheLatestStated() throws IOException {
        assertEquals(OptionalInt.empty(), MetricsLine.plannedEpochs(List.of(MetricsLine.of(1, 1, 1))));
        assertEquals(OptionalInt.of(4), MetricsLine.plannedEpochs(JsonLines.decode(("{\"epoch\":1,\"plannedEpochs\":4,"
                + "\"trainLoss\":1,\"valLoss\":1}\n{\"epoch\":2,\"trainLoss\":1,\"valLoss\":1}\n")
                .getBytes(StandardCharsets.UTF_8), MetricsLine.class, "m.jsonl")));
    }

    @Test
    void resultStatusIsReadCaseInsensitivelyAndUnknownFieldsAreIgnored() throws IOException {
        TrialResult result = Json.read(("{\"status\":\"SUCCEEDED\",\"metric\":\"valIoU\",\"objective\":0.7,"
                + "\"bestEpoch\":3,\"epochs\":4,\"seconds\":9.0,\"gpu\":\"H100\"}").getBytes(StandardCharsets.UTF_8),
                TrialResult.class, "test");
        assertEquals(TrialResult.succeeded("valIoU", 0.7, 3, 4, 9.0), result);
    }

    @Test
    void invalidDocumentsFailNamingWhere() {
        IOException noObjective = assertThrows(IOException.class, () -> Json.read(
                "{\"status\":\"succeeded\",\"metric\":\"valLoss\",\"epochs\":1,\"seconds\":1}".getBytes(StandardCharsets.UTF_8),
                TrialResult.class, "s/result.json in /tmp/x"));
        assertTrue(noObjective.getMessage().startsWith("bad JSON in s/result.json in /tmp/x: "), noObjective.getMessage());
        IOException badStatus = assertThrows(IOException.class, () -> Json.read(
                "{\"status\":\"done\",\"epochs\":1,\"seconds\":1}".getBytes(StandardCharsets.UTF_8), TrialResult.class, "r"));
        assertTrue(badStatus.getMessage().contains("done"), badStatus.getMessage());
    }

    @Test
    void histogramLineWithoutRelativeChangeReads() throws IOException {
        HistogramLine old = Json.read(("{\"epoch\":2,\"layer\":\"c\",\"param\":\"W\",\"edges\":[0.0,1.0],"
                + "\"counts\":[4],\"mean\":0.5,\"std\":0.1,\"skewness\":0.0,\"kurtosis\":0.0,"
                + "\"normalDistance\":0.2,\"change\":0.03}").getBytes(StandardCharsets.UTF_8), HistogramLine.class, "test");
        assertEquals(0.03, old.change());
        assertNull(old.relativeChange(), "files written before the field existed");
    }

    @Test
    void recordInvariants() {
        assertThrows(IllegalArgumentException.class, () -> MetricsLine.of(1, 0, 0).with("valLoss", 1));
        assertThrows(IllegalArgumentException.class, () -> MetricsLine.of(1, 0, 0).with(MetricsLine.PLANNED_EPOCHS, 3));
        assertThrows(IllegalArgumentException.class, () -> MetricsLine.of(1, 0, 0).withPlannedEpochs(0));
        assertThrows(IllegalArgumentException.class,
                () -> new HistogramLine(1, "l", "W", new double[] {0, 1}, new long[] {1, 2}, 0, 0, 0, 0, 0, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TrialResult(TrialResult.Status.SUCCEEDED, "valLoss", null, 1, 1, 1, null));
    }
}
