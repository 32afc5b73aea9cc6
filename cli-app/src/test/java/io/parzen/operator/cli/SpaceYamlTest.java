package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parzen.tpe.space.DistributionKind;
import io.parzen.tpe.space.InvalidSpaceException;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.SpaceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tpe module parses spaces written as a Study's spec.parameters in YAML, through plain maps. */
class SpaceYamlTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void studyShapedYamlBecomesASearchSpace() throws Exception {
        String yaml = """
                - name: filtersPerClass
                  distribution: int
                  low: 1
                  high: 40
                - name: lr
                  distribution: loguniform
                  low: 1.0e-5
                  high: 1.0e-2
                - name: head
                  distribution: categorical
                  choices: [baseline, grouped]
                - name: headLrMultiplier
                  distribution: quniform
                  low: 1
                  high: 8
                  q: 0.5
                  when: {parameter: head, in: [baseline]}
                """;
        SearchSpace space = SpaceParser.parse(YAML.readValue(yaml, List.class));
        assertEquals(4, space.size());
        assertEquals(DistributionKind.INT, space.get("filtersPerClass").distribution().kind());
        assertTrue(space.get("headLrMultiplier").conditional());
    }

    @Test
    void yamlTyposAreNamed() throws Exception {
        String yaml = """
                - name: lr
                  distribution: loguniform
                  low: 1.0e-5
                  hgih: 1.0e-2
                """;
        InvalidSpaceException e = assertThrows(InvalidSpaceException.class,
                () -> SpaceParser.parse(YAML.readValue(yaml, List.class)));
        assertTrue(e.getMessage().startsWith("parameter 'lr': field 'hgih' is unknown"), e.getMessage());
    }
}
