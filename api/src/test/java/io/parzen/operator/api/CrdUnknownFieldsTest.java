package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a cluster, a misspelt field (spec.paralelism) is an unknown field of the CRD's structural
 * schema: kubectl's default strict field validation rejects it, and a client that asks for less
 * gets it pruned. That holds only where the schema does not preserve unknown fields: the checked-in
 * CRDs preserve them nowhere but in the untyped values of {@code choices} and {@code when.in}
 * (strings, numbers or booleans; an object there is the operator's error), so no object of a
 * Study or Trial can hide a typo.
 */
class CrdUnknownFieldsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "studies.parzen.io.yaml | spec.parameters[].choices[],spec.parameters[].when.in[]",
        "trials.parzen.io.yaml  | ''",
    })
    void onlyUntypedValuesPreserveUnknownFields(String crd, String expected) throws IOException {
        JsonNode versions = YAML.readTree(Path.of("..", "crds", crd).toFile()).path("spec").path("versions");
        Set<String> preserving = new TreeSet<>();
        for (JsonNode version : versions) {
            walk(version.path("schema").path("openAPIV3Schema"), "", preserving);
        }
        Set<String> want = new TreeSet<>(expected.isEmpty() ? Set.of() : Set.of(expected.split(",")));
        assertEquals(want, preserving, crd);
    }

    private static void walk(JsonNode schema, String path, Set<String> preserving) {
        if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            preserving.add(path);
        }
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            walk(p.getValue(), path.isEmpty() ? p.getKey() : path + "." + p.getKey(), preserving);
        }
        if (schema.has("items")) {
            walk(schema.get("items"), path + "[]", preserving);
        }
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
            walk(schema.get("additionalProperties"), path + "{}", preserving);
        }
    }
}
