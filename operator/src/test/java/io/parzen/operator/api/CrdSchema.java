package io.parzen.operator.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CRD's {@code openAPIV3Schema} applied to an object the way the API server applies it, without a
 * cluster: defaults, pruning of unknown fields and nulls, the structural checks the schema holds
 * ({@code type}, {@code required}, {@code pattern}, {@code minimum}, {@code maxItems}, {@code
 * minItems}, {@code maxLength}) and every {@code x-kubernetes-validations} rule, evaluated with dev.cel
 * on each node the rule is attached to that is present in the object ({@code self} is that node).
 *
 * <p>Typing: rules are compiled with {@code self} declared {@code dyn}, not with types built from the
 * schema as the API server does; values are converted as the API server converts them ({@code
 * number} fields become doubles even when written as 1, {@code integer} ones ints, property names
 * that are CEL keywords are escaped, {@code in} as {@code __in__}). So a rule that type-checks only
 * dynamically (comparing a double field with an int literal, say) would pass here and could fail on a
 * cluster: the rules compare doubles with double literals. The environment is CEL's standard library
 * and macros plus the strings extension, which Kubernetes also offers; the rules use nothing else.
 */
final class CrdSchema {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CEL_KEYWORDS = Set.of("true", "false", "null", "in", "as", "break", "const", "continue",
            "else", "for", "function", "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while");
    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setOptions(CelOptions.current().enableHeterogeneousNumericComparisons(true).build())
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addCompilerLibraries(CelExtensions.strings())
            .addRuntimeLibraries(CelExtensions.strings())
            .addVar("self", SimpleType.DYN)
            .build();

    /** One {@code x-kubernetes-validations} entry and the schema path it hangs on ({@code spec.parameters[*]}). */
    record Rule(String schemaPath, String rule, String message, String messageExpression) {}

    /**
     * One problem: where ({@code spec.parameters[1]}), the rule that found it (the CEL text, or
     * {@code pattern}, {@code minimum}... for the structural checks) and the message a user would see.
     */
    record Violation(String path, String rule, String message) {
        @Override
        public String toString() {
            return path + ": " + message + "  [" + rule + "]";
        }
    }

    private final JsonNode schema;
    private final Map<String, CelRuntime.Program> programs = new HashMap<>();

    private CrdSchema(JsonNode schema) {
        this.schema = schema;
    }

    /** The schema of the first version of the CRD in {@code file}. */
    static CrdSchema load(Path file) {
        try {
            JsonNode crd = YAML.readTree(file.toFile());
            return new CrdSchema(crd.at("/spec/versions/0/schema/openAPIV3Schema"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule with the path of the schema node it is attached to, in schema order. */
    List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        collect(schema, "", out);
        return out;
    }

    private static void collect(JsonNode s, String path, List<Rule> out) {
        for (JsonNode r : s.path("x-kubernetes-validations")) {
            out.add(new Rule(path.isEmpty() ? "<root>" : path, r.path("rule").asText(), r.path("message").asText(null),
                    r.path("messageExpression").asText(null)));
        }
        s.path("properties").fields().forEachRemaining(e -> collect(e.getValue(), join(path, e.getKey()), out));
        if (s.has("items")) {
            collect(s.get("items"), path + "[*]", out);
        }
        if (s.path("additionalProperties").isObject()) {
            collect(s.get("additionalProperties"), path + "[*]", out);
        }
    }

    /** Compiles every rule and message expression; throws on the first that does not compile. */
    void compileAll() {
        for (Rule r : rules()) {
            program(r.rule());
            if (r.messageExpression() != null) {
                program(r.messageExpression());
            }
        }
    }

    /** What the API server would store of {@code object}: a copy with the defaults applied and unknown fields pruned. */
    JsonNode admitted(JsonNode object) {
        ObjectNode copy = object.deepCopy();
        prepare(schema, copy, true);
        return copy;
    }

    /** The problems the API server would report for {@code object} (a whole resource); empty when it is accepted. */
    List<Violation> validate(JsonNode object) {
        JsonNode copy = admitted(object);
        List<Violation> out = new ArrayList<>();
        walk(schema, copy, "", out);
        return out;
    }

    /** Defaults, then pruning (of unknown fields and of nulls), as the API server does before validating. */
    private static void prepare(JsonNode s, JsonNode value, boolean root) {
        if (value instanceof ObjectNode o) {
            JsonNode props = s.path("properties");
            boolean keepUnknown = s.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (props.isObject()) {
                props.fields().forEachRemaining(e -> {
                    if (!o.has(e.getKey()) && e.getValue().has("default")) {
                        o.set(e.getKey(), e.getValue().get("default").deepCopy());
                    }
                });
                for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (o.get(name).isNull()) {
                        it.remove();
                    } else if (props.has(name)) {
                        prepare(props.get(name), o.get(name), false);
                    } else if (!keepUnknown && !s.path("additionalProperties").isObject()
                            && !(root && Set.of("apiVersion", "kind", "metadata").contains(name))) {
                        it.remove();
                    }
                }
            }
            if (s.path("additionalProperties").isObject()) {
                o.fields().forEachRemaining(e -> prepare(s.get("additionalProperties"), e.getValue(), false));
            }
        } else if (value instanceof ArrayNode a && s.has("items")) {
            a.forEach(v -> prepare(s.get("items"), v, false));
        }
    }

    private void walk(JsonNode s, JsonNode value, String path, List<Violation> out) {
        structural(s, value, path, out);
        if (value.isObject()) {
            s.path("properties").fields().forEachRemaining(e -> {
                if (value.has(e.getKey()) && !value.get(e.getKey()).isNull()) {
                    walk(e.getValue(), value.get(e.getKey()), join(path, e.getKey()), out);
                }
            });
            if (s.path("additionalProperties").isObject()) {
                value.fields().forEachRemaining(e -> walk(s.get("additionalProperties"), e.getValue(), path + "." + e.getKey(), out));
            }
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(s.get("items"), value.get(i), path + "[" + i + "]", out);
            }
        }
        for (JsonNode r : s.path("x-kubernetes-validations")) {
            Object self = path.isEmpty() ? root(s, value) : cel(s, value);
            String rule = r.path("rule").asText();
            Object ok;
            try {
                ok = program(rule).eval(Map.of("self", self));
            } catch (CelEvaluationException e) {
                out.add(new Violation(path, rule, "rule failed to evaluate: " + e.getMessage()));
                continue;
            }
            if (!Boolean.TRUE.equals(ok)) {
                out.add(new Violation(path, rule, message(r, self)));
            }
        }
    }

    /** The message the API server reports: the message expression's value, else the message. */
    private String message(JsonNode r, Object self) {
        if (!r.has("messageExpression")) {
            return r.path("message").asText("failed rule: " + r.path("rule").asText());
        }
        try {
            // The API server would fall back to `message`; a test should see the broken expression instead.
            return (String) program(r.get("messageExpression").asText()).eval(Map.of("self", self));
        } catch (CelEvaluationException e) {
            throw new AssertionError("messageExpression failed: " + r.get("messageExpression").asText(), e);
        }
    }

    private static void structural(JsonNode s, JsonNode v, String path, List<Violation> out) {
        String type = s.path("type").asText("");
        boolean typed = switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            default -> true;
        };
        if (!typed) {
            out.add(new Violation(path, "type", "Invalid value: must be of type " + type));
        }
        for (JsonNode req : s.path("required")) {
            if (v.isObject() && (!v.has(req.asText()) || v.get(req.asText()).isNull())) {
                out.add(new Violation(join(path, req.asText()), "required", "Required value"));
            }
        }
        if (v.isTextual() && s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
            out.add(new Violation(path, "pattern", "should match '" + s.get("pattern").asText() + "'"));
        }
        if (v.isTextual() && s.has("maxLength") && v.asText().codePointCount(0, v.asText().length()) > s.get("maxLength").asLong()) {
            out.add(new Violation(path, "maxLength", "may not be more than " + s.get("maxLength").asLong() + " characters"));
        }
        if (v.isNumber() && s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
            out.add(new Violation(path, "minimum", "should be greater than or equal to " + s.get("minimum").asText()));
        }
        if (v.isArray() && s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
            out.add(new Violation(path, "maxItems", "must have at most " + s.get("maxItems").asInt() + " items"));
        }
        if (v.isArray() && s.has("minItems") && v.size() < s.get("minItems").asInt()) {
            out.add(new Violation(path, "minItems", "should have at least " + s.get("minItems").asInt() + " items"));
        }
    }

    /** The root as CEL sees it: its properties, and of metadata only name and generateName. */
    private static Object root(JsonNode s, JsonNode value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> self = (Map<String, Object>) cel(s, value);
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String f : List.of("name", "generateName")) {
            if (value.path("metadata").has(f)) {
                metadata.put(f, value.path("metadata").get(f).asText());
            }
        }
        self.put("metadata", metadata);
        return self;
    }

    /** A JSON value as the API server hands it to CEL for schema {@code s}. */
    private static Object cel(JsonNode s, JsonNode v) {
        String type = s == null ? "" : s.path("type").asText("");
        if (v.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            JsonNode props = s == null ? null : s.path("properties");
            JsonNode additional = s == null ? null : s.path("additionalProperties");
            v.fields().forEachRemaining(e -> {
                if (props != null && props.has(e.getKey())) {
                    map.put(escape(e.getKey()), cel(props.get(e.getKey()), e.getValue()));
                } else {
                    map.put(e.getKey(), cel(additional != null && additional.isObject() ? additional : null, e.getValue()));
                }
            });
            return map;
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(e -> list.add(cel(s == null ? null : s.get("items"), e)));
            return list;
        }
        if (v.isNumber()) {
            if (type.equals("number") || (!type.equals("integer") && !v.isIntegralNumber())) {
                return v.asDouble();
            }
            return v.asLong();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.asText();
    }

    /** Kubernetes' escaping of property names in CEL. */
    static String escape(String name) {
        if (CEL_KEYWORDS.contains(name)) {
            return "__" + name + "__";
        }
        return name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__").replace("/", "__slash__");
    }

    private CelRuntime.Program program(String expression) {
        return programs.computeIfAbsent(expression, e -> {
            try {
                CelAbstractSyntaxTree ast = CEL.compile(e).getAst();
                return CEL.createProgram(ast);
            } catch (CelValidationException | CelEvaluationException ex) {
                throw new AssertionError("CEL does not compile: " + e, ex);
            }
        });
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
