package io.parzen.operator.local;

import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.TrainerArgs;
import io.parzen.operator.planning.TrialNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Before a study's first trial, runs the trainer once on the trial template's args with
 * {@code --check-options}: placeholders filled with {@link TrainerArgs#sample}, the trial's
 * environment, no data read. An option the trainer does not know, or a value it rejects, makes the
 * study invalid with the trainer's own message, instead of failing every trial.
 */
public final class TrainerOptionsCheck {
    /** The trainer's option that checks the others and exits. */
    static final String OPTION = "--check-options";
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private TrainerOptionsCheck() {}

    /** The command the check runs: the first trial's command with {@value #OPTION}; empty when the args do not run train. */
    static Optional<List<String>> command(TrainerCommand trainer, StudyConfig config, String study, Map<String, String> sample) {
        List<String> args = config.template().getArgs();
        if (args == null || args.isEmpty() || !TrainerArgs.TRAIN.equals(args.get(0))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(trainer.command(config.template(), study, TrialNames.trial(study, 0), sample));
        command.add(OPTION);
        return Optional.of(command);
    }

    /** The problem with the template's args, quoting the trainer; empty when it accepts them (or the args do not run train). */
    public static Optional<String> run(TrainerCommand trainer, StudyConfig config, String study, Path log)
            throws IOException, InterruptedException {
        Map<String, String> sample = TrainerArgs.sample(config);
        Optional<List<String>> command = command(trainer, config, study, sample);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        TrialProcess process = TrialProcess.start(command.get(), trainer.env(config.template(), study,
                TrialNames.trial(study, 0), sample), log);
        if (!process.waitFor(LIMIT)) {
            process.stop(1_000);
            return Optional.of("spec.trialTemplate.args: the trainer did not finish checking them within " + LIMIT.toSeconds()
                    + " s; see " + log);
        }
        if (process.exitCode() == 0) {
            return Optional.empty();
        }
        return Optional.of(TrainerArgs.rejected(sample, process.reason()));
    }
}
