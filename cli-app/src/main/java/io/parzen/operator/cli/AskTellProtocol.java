package io.parzen.operator.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parzen.tpe.AlgorithmSpec;
import io.parzen.tpe.AskTell;
import io.parzen.tpe.Goal;
import io.parzen.tpe.Observation;
import io.parzen.tpe.TrialState;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.SpaceParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ask/tell protocol over JSON lines. First line: {"space": [...], "algorithm": {...}, "goal":
 * "minimize"|"maximize", "parallelism": N (optional: trials run at once, default 1)}; then {"ask": K} answers K lines {"trial": i, "params": {...}}, and
 * {"tell": i, "value": v} or {"tell": i, "state": "failed"} answers {"ok": true}. Bad input answers
 * {"error": "..."} and ends the session with status 2.
 */
public final class AskTellProtocol {
    public static final int BAD_INPUT = 2;
    private static final int MAX_ASK = 10_000;

    /** Reads NaN and Infinity as numbers, so that a value can be rejected with a message of its own. */
    private final ObjectMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private final PrintWriter out;
    private AskTell session;

    public AskTellProtocol(PrintWriter out) {
        this.out = out;
    }

    /** Runs until end of input (0) or the first bad line (2). */
    public int run(BufferedReader in) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                handle(json.readTree(line));
            } catch (IllegalArgumentException | IOException e) {
                ObjectNode error = json.createObjectNode();
                error.put("error", "line " + number + ": " + message(e));
                out.println(json.writeValueAsString(error));
                out.flush();
                return BAD_INPUT;
            }
        }
        return 0;
    }

    private static String message(Exception e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            return "not valid JSON: " + j.getOriginalMessage();
        }
        return e.getMessage();
    }

    private void handle(JsonNode node) throws IOException {
        if (!node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (session == null) {
            start(node);
        } else if (node.has("ask")) {
            allowOnly(node, List.of("ask"), "an ask");
            ask(node.get("ask"));
        } else if (node.has("tell")) {
            tell(node);
        } else {
            throw new IllegalArgumentException("expected {\"ask\": K} or {\"tell\": i, ...}; got fields " + fieldNames(node));
        }
    }

    private void start(JsonNode node) {
        allowOnly(node, List.of("space", "algorithm", "goal", "parallelism"), "the first line");
        if (!node.has("space") || !node.get("space").isArray()) {
            throw new IllegalArgumentException("the first line must hold \"space\": [parameters...]");
        }
        SearchSpace space = SpaceParser.parse(json.convertValue(node.get("space"), List.class));
        Map<?, ?> algorithm = node.has("algorithm") ? json.convertValue(node.get("algorithm"), Map.class) : Map.of();
        Goal goal = node.has("goal") ? Goal.parse(node.get("goal").asText()) : Goal.MINIMIZE;
        session = new AskTell(space, AlgorithmSpec.sampler(algorithm, parallelism(node.get("parallelism"))), goal);
    }

    /** How many trials the caller runs at once, as a Study's spec.parallelism; 1 when not given. */
    private static int parallelism(JsonNode value) {
        if (value == null) {
            return 1;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > MAX_ASK) {
            throw new IllegalArgumentException("field 'parallelism' = " + value + " must be an integer from 1 to " + MAX_ASK);
        }
        return value.asInt();
    }

    private void ask(JsonNode count) throws IOException {
        if (!count.canConvertToInt() || !count.isIntegralNumber() || count.asInt() < 1 || count.asInt() > MAX_ASK) {
            throw new IllegalArgumentException("field 'ask' = " + count + " must be an integer from 1 to " + MAX_ASK);
        }
        for (int i = 0; i < count.asInt(); i++) {
            Observation trial = session.ask();
            ObjectNode line = json.createObjectNode();
            line.put("trial", trial.trial());
            line.set("params", json.valueToTree(trial.params()));
            out.println(json.writeValueAsString(line));
        }
        out.flush();
    }

    private void tell(JsonNode node) throws IOException {
        JsonNode trial = node.get("tell");
        if (!trial.isIntegralNumber()) {
            throw new IllegalArgumentException("field 'tell' = " + trial + " must be a trial index");
        }
        allowOnly(node, List.of("tell", "value", "state"), "a tell");
        JsonNode value = node.get("value");
        if (value != null && !value.isNumber()) {
            throw new IllegalArgumentException("field 'value' = " + value + " must be a number");
        }
        if (value != null && !Double.isFinite(value.asDouble())) {
            throw new IllegalArgumentException("field 'value' = " + value.asText() + " must be a finite number; tell a trial that"
                    + " produced no value as {\"tell\": " + trial + ", \"state\": \"failed\"}");
        }
        double v = value == null ? Double.NaN : value.asDouble();
        if (node.has("state")) {
            session.tellState(trial.asInt(), state(node.get("state").asText()), v);
        } else if (value == null) {
            throw new IllegalArgumentException("a tell needs \"value\" or \"state\" (failed, early_stopped)");
        } else {
            session.tellValue(trial.asInt(), v);
        }
        out.println("{\"ok\":true}");
        out.flush();
    }

    private static TrialState state(String name) {
        return switch (name) {
            case "succeeded" -> TrialState.SUCCEEDED;
            case "failed" -> TrialState.FAILED;
            case "early_stopped" -> TrialState.EARLY_STOPPED;
            default -> throw new IllegalArgumentException("field 'state' = '" + name + "' is not supported; allowed: succeeded,"
                    + " failed, early_stopped");
        };
    }

    private static void allowOnly(JsonNode node, List<String> allowed, String where) {
        for (String field : fieldNames(node)) {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("field '" + field + "' is unknown in " + where + "; allowed: "
                        + String.join(", ", allowed));
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
