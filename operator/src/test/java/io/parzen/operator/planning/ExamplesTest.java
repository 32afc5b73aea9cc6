package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Study in the top-level {@code examples/} parses, validates (its name and trainer options too) and yields a Job. */
class ExamplesTest {
    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @Test
    void thereAreTheThreeExamples() throws IOException {
        assertTrue(examples().count() >= 3);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleIsAValidStudy(Path file) throws IOException {
        Study study = Serialization.unmarshal(Files.readString(file), Study.class);
        StudyValidator.Result r = StudyValidator.validate(study.getMetadata().getName(), study.getSpec()); // with the trainer's options
        assertEquals(List.of(), r.problems(), file.toString());
        study.getMetadata().setNamespace("ns");
        var params = Suggester.suggest(r.config(), List.of(), List.of(0)).get(0);
        var job = TrialJobBuilder.build(r.config(), TrialResources.newTrial(study, 0, params));
        String args = String.join(" ", job.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
        assertFalse(args.contains("${"), args);
        var limits = job.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits();
        assertTrue(limits != null && limits.containsKey("cpu"), file + ": the trainer's OMP_NUM_THREADS follows the CPU limit,"
                + " which without one is the node's every core");
    }

    /** The chart's NOTES.txt shows a trialTemplate to copy; it sets a CPU limit as the examples do. */
    @Test
    void theChartsTrialTemplateSetsACpuLimit() throws IOException {
        String notes = Files.readString(Path.of("..", "helm", "parzen", "templates", "NOTES.txt"));
        String limits = notes.substring(notes.indexOf("limits:"));
        assertTrue(limits.lines().skip(1).findFirst().orElse("").trim().startsWith("cpu:"), limits);
    }
}
