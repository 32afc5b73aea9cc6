package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskTellProtocolTest {
    private static final String START = "{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":10},"
            + "{\"name\":\"n\",\"distribution\":\"quniform\",\"low\":3,\"high\":120,\"q\":1},"
            + "{\"name\":\"opt\",\"distribution\":\"categorical\",\"choices\":[\"adam\",\"sgd\"]},"
            + "{\"name\":\"m\",\"distribution\":\"uniform\",\"low\":0.5,\"high\":0.99,\"when\":{\"parameter\":\"opt\",\"in\":[\"sgd\"]}}],"
            + "\"algorithm\":{\"name\":\"tpe\",\"seed\":7,\"startupTrials\":3},\"goal\":\"minimize\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int status, List<JsonNode> lines) {}

    static Result session(String... lines) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = new AskTellProtocol(new java.io.PrintWriter(out, true)).run(new BufferedReader(new StringReader(String.join("\n", lines))));
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                parsed.add(JSON.readTree(line));
            }
        }
        return new Result(status, parsed);
    }

    @Test
    void askAndTellThroughAWholeStudy() throws Exception {
        List<String> input = new ArrayList<>(List.of(START, "{\"ask\": 4}"));
        for (int i = 0; i < 4; i++) {
            input.add(i == 2 ? "{\"tell\": 2, \"state\": \"failed\"}" : "{\"tell\": " + i + ", \"value\": " + (i + 0.5) + "}");
        }
        input.add("{\"ask\": 1}");
        Result r = session(input.toArray(String[]::new));
        assertEquals(0, r.status());
        assertEquals(9, r.lines().size());
        for (int i = 0; i < 4; i++) {
            JsonNode trial = r.lines().get(i);
            assertEquals(i, trial.get("trial").asInt());
            JsonNode params = trial.get("params");
            assertTrue(params.get("n").isIntegralNumber(), "quniform with q=1 is a JSON integer: " + params);
            assertTrue(params.get("x").isDouble());
            assertEquals(params.get("opt").asText().equals("sgd"), params.has("m"), "m only when opt=sgd: " + params);
        }
        for (int i = 4; i < 8; i++) {
            assertTrue(r.lines().get(i).get("ok").asBoolean());
        }
        assertEquals(4, r.lines().get(8).get("trial").asInt());
    }

    @Test
    void sameSessionGivesTheSameAnswers() throws Exception {
        String[] input = {START, "{\"ask\": 3}", "{\"tell\": 0, \"value\": 1}", "{\"tell\": 1, \"value\": 2}",
            "{\"tell\": 2, \"value\": 0.1}", "{\"ask\": 2}"};
        assertEquals(session(input).lines(), session(input).lines());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|{oops|line 2: not valid JSON",
        "unknown command|{\"asks\": 1}|line 2: expected {\"ask\": K} or {\"tell\": i, ...}",
        "ask zero|{\"ask\": 0}|line 2: field 'ask' = 0 must be an integer from 1 to 10000",
        "ask text|{\"ask\": \"two\"}|line 2: field 'ask' = \"two\" must be an integer",
        "tell unknown trial|{\"tell\": 9, \"value\": 1}|line 2: trial 9 was never asked for",
        "tell without value|{\"tell\": 0}|line 2: a tell needs \"value\" or \"state\"",
        "tell bad state|{\"tell\": 0, \"state\": \"exploded\"}|line 2: field 'state' = 'exploded' is not supported",
        "tell string value|{\"tell\": 0, \"value\": \"low\"}|line 2: field 'value' = \"low\" must be a number",
        "tell bare NaN|{\"tell\": 0, \"value\": NaN}|line 2: field 'value' = NaN must be a finite number; tell a trial that produced no value as {\"tell\": 0, \"state\": \"failed\"}",
        "tell Infinity|{\"tell\": 0, \"value\": -Infinity}|line 2: field 'value' = -Infinity must be a finite number",
        "ask unknown field|{\"ask\": 1, \"n\": 2}|line 2: field 'n' is unknown in an ask; allowed: ask",
        "tell unknown field|{\"tell\": 0, \"valu\": 2}|line 2: field 'valu' is unknown in a tell; allowed: tell, value, state",
    })
    void badLinesAnswerAnErrorAndExitTwo(String name, String line, String expected) throws Exception {
        Result r = session(START, line);
        assertEquals(2, r.status(), name);
        JsonNode last = r.lines().get(r.lines().size() - 1);
        assertTrue(last.get("error").asText().startsWith(expected), name + ": " + last);
    }

    @Test
    void tellingTwiceIsAnError() throws Exception {
        Result r = session(START, "{\"ask\": 1}", "{\"tell\": 0, \"value\": 1}", "{\"tell\": 0, \"value\": 2}");
        assertEquals(2, r.status());
        assertEquals("line 4: trial 0 was already told (succeeded)", r.lines().get(2).get("error").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad space|{\"space\":[{\"name\":\"lr\",\"distribution\":\"loguniform\",\"low\":0,\"high\":1}]}|line 1: parameter 'lr': field 'low' = 0 must be > 0",
        "no space|{\"algorithm\":{}}|line 1: the first line must hold \"space\"",
        "bad goal|{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":1}],\"goal\":\"up\"}|line 1: field 'goal' = 'up' is not supported",
        "bad algorithm|{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":1}],\"algorithm\":{\"name\":\"grid\"}}|line 1: algorithm: field 'name' = 'grid' is not supported; allowed: tpe, random",
        "unknown setting|{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":1}],\"algorithm\":{\"gamma\":0.2}}|line 1: algorithm: field 'gamma' is unknown",
        "zero parallelism|{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":1}],\"parallelism\":0}|line 1: field 'parallelism' = 0 must be an integer from 1 to 10000",
        "fractional parallelism|{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":1}],\"parallelism\":2.5}|line 1: field 'parallelism' = 2.5 must be an integer",
    })
    void badFirstLinesNameTheField(String name, String first, String expected) throws Exception {
        Result r = session(first);
        assertEquals(2, r.status(), name);
        assertTrue(r.lines().get(0).get("error").asText().startsWith(expected), name + ": " + r.lines().get(0));
    }

    /** A parallel session sharpens nothing jointly, so its suggestions after the startup differ from a serial one's. */
    @Test
    void theFirstLineMayTellTheParallelism() throws Exception {
        String space = "{\"space\":[{\"name\":\"x\",\"distribution\":\"uniform\",\"low\":0,\"high\":10},"
                + "{\"name\":\"y\",\"distribution\":\"uniform\",\"low\":0,\"high\":10}],\"algorithm\":{\"seed\":3}";
        List<String> serial = new ArrayList<>(List.of(space + "}"));
        List<String> parallel = new ArrayList<>(List.of(space + ",\"parallelism\":4}"));
        for (int i = 0; i < 40; i++) {
            String tell = "{\"tell\": " + i + ", \"value\": " + ((i * 37) % 40) + "}";
            for (List<String> lines : List.of(serial, parallel)) {
                lines.add("{\"ask\": 1}");
                lines.add(tell);
            }
        }
        Result one = session(serial.toArray(String[]::new));
        Result four = session(parallel.toArray(String[]::new));
        assertEquals(0, four.status());
        assertEquals(one.lines().subList(0, 10), four.lines().subList(0, 10), "the startup does not depend on it");
        assertTrue(!one.lines().equals(four.lines()), "later suggestions do");
    }

    @Test
    void emptyInputExitsZero() throws Exception {
        assertEquals(new Result(0, List.of()), session());
    }
}
