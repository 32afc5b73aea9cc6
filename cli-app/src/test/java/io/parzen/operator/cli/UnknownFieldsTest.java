package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownFieldsTest {
    static String valid() throws IOException {
        return Files.readString(Path.of("../operator/src/test/resources/studies/valid.yaml"));
    }

    @Test
    void theValidFixtureHasNone() throws IOException {
        assertEquals(List.of(), UnknownFields.in(valid()));
    }

    @Test
    void theUnknownFieldsFixtureHasOne() throws IOException {
        assertEquals(List.of("spec.surprise is not a Study field; known here: algorithm, earlyStopping, maxFailedTrials, "
                + "maxTrials, objective, parallelism, parameters, storage, trialTemplate"),
                UnknownFields.in(Files.readString(Path.of("../operator/src/test/resources/studies/unknown-fields.yaml"))));
    }

    @Test
    void theExamplesHaveNone() throws IOException {
        try (var files = Files.list(Path.of("../examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertEquals(List.of(), UnknownFields.in(Files.readString(f)), f.toString());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  parallelism: 4'   | '  paralelism: 4'   | spec.paralelism is not a Study field (did you mean parallelism?)",
        "'  maxTrials: 30'    | '  maxTrial: 30'    | spec.maxTrial is not a Study field (did you mean maxTrials?)",
        "'{metric: valLoss,'  | '{metrik: valLoss,' | spec.objective.metrik is not a Study field (did you mean metric?)",
        "'high: 40'           | 'hihg: 40'          | spec.parameters[2].hihg is not a Study field (did you mean high?)",
        "'    backoffLimit: 1'| '    backofLimit: 1'| spec.trialTemplate.backofLimit is not a Study field (did you mean backoffLimit?)",
    })
    void aMisspeltFieldIsNamedWithTheClosestKnownOne(String field, String misspelt, String problem) throws IOException {
        String text = valid();
        assertEquals(1, text.split(java.util.regex.Pattern.quote(field), -1).length - 1, "the fixture has " + field + " once");
        assertEquals(List.of(problem), UnknownFields.in(text.replace(field, misspelt)));
    }

    @Test
    void aFieldFarFromAnyListsTheKnownOnes() {
        String text = "apiVersion: parzen.io/v1alpha1\nkind: Study\nmetadata: {name: s}\nspec:\n  objective: {metric: valLoss, xyzzy: 1}\n";
        assertEquals(List.of("spec.objective.xyzzy is not a Study field; known here: goal, metric, target"), UnknownFields.in(text));
    }
}
