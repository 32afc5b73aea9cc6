package io.parzen.operator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checked-in {@code crds/} must equal what the build generates from the API types (in
 * {@code target/crds}, by the crd-generator plugin), with the printer columns in the order they are
 * declared on the class (the generator sorts them by name). On drift, regenerate with
 * {@code mvn -pl api -am test -Dtest=CrdDriftTest -Dcrds.update=true} and check the diff in.
 */
class CrdDriftTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final Path GENERATED = Path.of("target", "crds");
    private static final Path CHECKED_IN = Path.of("..", "crds");

    @ParameterizedTest
    @ValueSource(classes = {Study.class, Trial.class})
    void checkedInCrdMatchesGenerated(Class<?> kind) throws IOException {
        String plural = kind == Study.class ? "studies" : "trials";
        Path generated = GENERATED.resolve(plural + "." + Study.GROUP + "-v1.yml");
        assertTrue(Files.exists(generated), generated + " is missing: the crd-generator plugin did not run");
        ObjectNode crd = (ObjectNode) YAML.readTree(generated.toFile());
        orderPrinterColumns(crd, kind);
        String expected = "# Generated from io.parzen.operator.api." + kind.getSimpleName()
                + " by the build (see CrdDriftTest); do not edit.\n" + YAML.writeValueAsString(crd);
        Path checkedIn = CHECKED_IN.resolve(plural + "." + Study.GROUP + ".yaml");
        if (Boolean.getBoolean("crds.update")) {
            Files.writeString(checkedIn, expected);
        }
        String actual = Files.exists(checkedIn) ? Files.readString(checkedIn) : "";
        assertEquals(expected, actual, checkedIn + " drifted from the API types; regenerate it with"
                + " mvn -pl api -am test -Dtest=CrdDriftTest -Dcrds.update=true -Dsurefire.failIfNoSpecifiedTests=false");
    }

    @ParameterizedTest
    @ValueSource(classes = {Study.class, Trial.class})
    void checkedInCrdHasStatusSubresourceAndColumns(Class<?> kind) throws IOException {
        String plural = kind == Study.class ? "studies" : "trials";
        JsonNode crd = YAML.readTree(CHECKED_IN.resolve(plural + "." + Study.GROUP + ".yaml").toFile());
        JsonNode version = crd.at("/spec/versions/0");
        assertTrue(version.at("/subresources/status").isObject(), "status subresource");
        List<String> names = new ArrayList<>();
        version.get("additionalPrinterColumns").forEach(c -> names.add(c.get("name").asText()));
        assertEquals(kind == Study.class
                ? List.of("Phase", "Trials", "Running", "Best Trial", "Best", "Age", "Report")
                : List.of("Study", "Params", "Phase", "Objective", "Epoch", "Age"), names);
    }

    /** Puts the printer columns in the order of the class's annotations. */
    static void orderPrinterColumns(ObjectNode crd, Class<?> kind) {
        for (JsonNode version : crd.at("/spec/versions")) {
            ArrayNode columns = (ArrayNode) version.get("additionalPrinterColumns");
            ArrayNode ordered = columns.arrayNode();
            for (AdditionalPrinterColumn declared : kind.getAnnotationsByType(AdditionalPrinterColumn.class)) {
                columns.forEach(c -> {
                    if (c.get("name").asText().equals(declared.name())) {
                        ordered.add(c);
                    }
                });
            }
            assertEquals(columns.size(), ordered.size(), "every generated column is declared on " + kind);
            ((ObjectNode) version).set("additionalPrinterColumns", ordered);
        }
    }
}
