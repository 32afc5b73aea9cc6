package io.parzen.operator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parzen.operator.planning.Fixtures;
import io.parzen.operator.planning.ParamValues;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.planning.TrainerArgs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainerOptionsCheckTest {
    static final List<String> LAUNCHER = List.of(TrainerCommand.javaBinary(), "-cp", System.getProperty("java.class.path"),
            OptionsCheckingTrainer.class.getName());
    static final TrainerCommand TRAINER = new TrainerCommand(LAUNCHER, Map.of(), "s3://parzen", 1);

    @TempDir
    Path dir;

    /** The valid fixture with these trial args. */
    static StudyConfig config(String... args) {
        ObjectNode tree = Fixtures.tree("valid.yaml");
        ArrayNode list = ((ObjectNode) tree.get("spec").get("trialTemplate")).putArray("args");
        for (String a : args) {
            list.add(a);
        }
        return StudyValidator.validate(Fixtures.study(tree).getSpec()).config();
    }

    @Test
    void theCommandIsTheFirstTrialsWithTheSampleAndTheCheckOption() {
        StudyConfig config = config("train", "--learning-rate", "${param.lr}", "--run", "${trial.name}");
        Map<String, String> sample = TrainerArgs.sample(config);
        assertEquals(sample, TrainerArgs.sample(config), "the same sample every time");
        List<String> command = TrainerOptionsCheck.command(TRAINER, config, "seg", sample).orElseThrow();
        assertEquals(List.of("train", "--learning-rate", sample.get("lr"), "--run", "seg-0000", "--check-options"),
                command.subList(LAUNCHER.size(), command.size()));
        assertEquals(Optional.empty(), TrainerOptionsCheck.command(TRAINER, config("--epochs", "2"), "seg", sample),
                "args that do not run train are not checked");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--frobnicate          | parzen train: Unknown option: '--frobnicate' (see 'parzen train --help')",
        "--epochs=many         | parzen train: Invalid value for option '--epochs': 'many' is not an int (see 'parzen train --help')",
        "--learning-rate=2     | parzen train: --learning-rate 2.0 must be at most 1",
    })
    void theTrainersOwnErrorLineMakesTheStudyInvalid(String option, String line) throws Exception {
        StudyConfig config = config("train", "--epochs", "1", option);
        Optional<String> problem = TrainerOptionsCheck.run(TRAINER, config, "seg", dir.resolve("check.log"));
        assertEquals(Optional.of("spec.trialTemplate.args: the trainer rejects them (with "
                + ParamValues.summary(TrainerArgs.sample(config)) + "): " + line), problem);
    }

    @Test
    void acceptedArgsPass() throws Exception {
        assertEquals(Optional.empty(), TrainerOptionsCheck.run(TRAINER, config("train", "--epochs", "3"), "seg",
                dir.resolve("check.log")));
    }
}
