package io.parzen.operator.planning;

import io.parzen.cli.TrainOptionContract;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.tpe.RandomSampler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a trial template's args against the trainer's options without running the trainer (the
 * operator cannot): when the args run parzen's trainer ({@value #TRAIN} first, the image's own
 * entrypoint), they are filled with samples from the space, as trials' would be, and checked by
 * {@link TrainOptionContract#check} (picocli's parse against the trainer's options, then the values
 * allowed). A problem reads as the trainer's own error line ({@code parzen train:
 * Unknown option: '--frobnicate' (see 'parzen train --help')}). Pure.
 */
public final class TrainerArgs {
    /** The trainer's subcommand whose options are checked; args running anything else are not. */
    public static final String TRAIN = TrainOptionContract.TRAIN;
    private static final TrainOptionContract CONTRACT = TrainOptionContract.load();

    /** How many samples of the space fill the placeholders: enough to reach each branch of a small conditional space. */
    static final int SAMPLES = 16;

    private TrainerArgs() {}

    /** Whether {@code template} runs parzen's trainer: args that start with {@value #TRAIN} and no {@code command} of its own. */
    public static boolean runTrainer(TrialTemplate template) {
        List<String> args = template.getArgs();
        return args != null && !args.isEmpty() && TRAIN.equals(args.get(0))
                && (template.getCommand() == null || template.getCommand().isEmpty());
    }

    /** The first sample placeholders are filled with (the one {@code parzen local} runs the trainer on). */
    public static Map<String, String> sample(StudyConfig config) {
        return sample(config, 0);
    }

    /** The {@code i}-th sample: the space's seeded random pick, formatted as trials get it. */
    static Map<String, String> sample(StudyConfig config, int i) {
        return ParamValues.format(new RandomSampler(0).suggest(config.space(), List.of(), i));
    }

    /** How a rejection reads in the Study's problems: the field, the sample and the trainer's line. */
    public static String rejected(Map<String, String> sample, String trainerLine) {
        return "spec.trialTemplate.args: the trainer rejects them (with " + ParamValues.summary(sample) + "): " + trainerLine;
    }

    /**
     * The problem with the args of a valid {@code config}'s template for study {@code study}, as
     * {@link #rejected} words it, with the first of {@value #SAMPLES} samples that shows it (a
     * conditional parameter that is inactive fills its placeholder with the empty string, which
     * only some samples show); empty when the trainer would accept them all or the template does
     * not {@link #runTrainer run the trainer}.
     */
    public static Optional<String> problem(StudyConfig config, String study) {
        if (!runTrainer(config.template())) {
            return Optional.empty();
        }
        Set<List<String>> checked = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            Map<String, String> sample = sample(config, i);
            Map<String, String> values = Placeholders.values(study, TrialNames.trial(study, 0), sample);
            List<String> args = new ArrayList<>();
            config.template().getArgs().forEach(a -> args.add(Placeholders.fill(a, values)));
            if (checked.add(args)) {
                Optional<String> line = CONTRACT.check(args);
                if (line.isPresent()) {
                    return Optional.of(rejected(sample, line.get()));
                }
            }
        }
        return Optional.empty();
    }
}
