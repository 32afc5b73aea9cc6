package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parzen.operator.api.Study;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operator's check of the trainer's options in {@code trialTemplate.args}, through
 * {@link StudyValidator#validate(String, io.parzen.operator.api.StudySpec)} as the reconcilers and
 * {@code parzen local} call it: the valid fixture with these args (YAML), and the problem it must
 * have, in the trainer's words (none: valid).
 */
class TrainerArgsTest {

    private static StudyValidator.Result validate(String argsYaml, String commandYaml) {
        ObjectNode tree = Fixtures.with(Fixtures.tree("valid.yaml"), "/spec/trialTemplate/args", argsYaml);
        if (!commandYaml.isEmpty()) {
            Fixtures.with(tree, "/spec/trialTemplate/command", commandYaml);
        }
        Study study = Fixtures.study(tree);
        return StudyValidator.validate(study.getMetadata().getName(), study.getSpec());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[train, --frobnicate]                               | | parzen train: Unknown option: '--frobnicate' (see 'parzen train --help')",
        "[train, --epoch, '3']                               | | parzen train: Unknown options: '--epoch', '3' (Possible solutions: --epochs; see 'parzen train --help')",
        "[train, --epochs, many]                             | | parzen train: Invalid value for option '--epochs': 'many' is not an int (see 'parzen train --help')",
        "[train, '--epochs=2.5']                             | | parzen train: Invalid value for option '--epochs': '2.5' is not an int",
        "[train, --learning-rate]                            | | parzen train: Missing required parameter for option '--learning-rate' (LR)",
        "[train, --seed, '1', --seed, '2']                   | | parzen train: option '--seed' (<seed>) should be specified only once",
        "[train, '${param.lr}']                              | | parzen train: Unmatched argument at index 1: '",
        "[train, --tiling, diagonal]                         | | parzen train: --tiling must be crop or resize, got 'diagonal'",
        "[train, --head, '${param.head}', --augment, 'yes']  | | parzen train: --augment must be true or false, got 'yes'",
        "[train, --epochs, '0']                              | | parzen train: --epochs must be in 1..10000, got 0",
        "[train, --tile, '4']                                | | parzen train: --tile must be at least 8, got 4",
        "[train, --head, '${param.head}', --filters-per-class, '${param.filtersPerClass}'] | | parzen train: Invalid value for option '--filters-per-class': '' is not an int",
        "[train, --learning-rate, '${param.lr}', --epochs, '3', --head, '${param.head}'] | |",
        "[train, --check-options, '--epochs=4', --tiling, RESIZE] | |",
        "[train, bench, --steps, '3', --anything]            | |",
        "[--frobnicate]                                      | |",
        "[train, --frobnicate]                               | [python, train.py] |",
    })
    void argsThatRunTheTrainerAreCheckedAgainstItsOptions(String args, String command, String problem) {
        StudyValidator.Result r = validate(args, command == null ? "" : command);
        if (problem == null) {
            assertEquals(List.of(), r.problems());
            return;
        }
        assertEquals(1, r.problems().size(), r.problems().toString());
        String p = r.problems().get(0);
        assertTrue(p.startsWith("spec.trialTemplate.args: the trainer rejects them (with "), p);
        assertTrue(p.contains("): " + problem), p);
    }

    @Test
    void theMessageNamesTheSampleThatShowsTheProblem() {
        String p = validate("[train, --head, '${param.head}', --filters-per-class, '${param.filtersPerClass}']", "")
                .problems().get(0);
        assertTrue(p.contains("head=baseline") && !p.contains("filtersPerClass="), "the sample with the inactive parameter: " + p);
        assertTrue(p.endsWith("parzen train: Invalid value for option '--filters-per-class': '' is not an int "
                + "(see 'parzen train --help')"), p);
    }
}
