package io.parzen.operator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Benchmark (a main class, not a test): none / median / asha on {@link LearningCurves}, each rule on
 * the same seeds (the TPE seed and the curves' noise), by total epochs spent and the best objective
 * found (and the noise-free final loss of that trial). Arguments: [seeds] [maxTrials] [parallelism]
 * [epochs]. Prints a Markdown table; see docs/benchmarks.md.
 */
public final class EarlyStoppingBenchmark {
    /**
     * The rules compared: a label, the earlyStopping block (null: none) and a trial count (null: the
     * maxTrials argument; set, about as many epochs as none spends with the argument's 40 trials).
     */
    static final String[][] RULES = {
        {"none", null, null},
        {"median (minTrials 5, startEpoch 1: defaults)", "{rule: median}", null},
        {"median (minTrials 5, startEpoch 3)", "{rule: median, startEpoch: 3}", null},
        {"asha (minEpochs 1, reductionFactor 3: defaults)", "{rule: asha}", null},
        {"asha (minEpochs 3, reductionFactor 3)", "{rule: asha, minEpochs: 3}", null},
        {"asha (minEpochs 1, reductionFactor 2)", "{rule: asha, reductionFactor: 2}", null},
        {"median (defaults), 100 trials", "{rule: median}", "100"},
        {"asha (defaults), 300 trials", "{rule: asha}", "300"},
        {"asha (minEpochs 3), 150 trials", "{rule: asha, minEpochs: 3}", "150"},
    };

    private EarlyStoppingBenchmark() {}

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int maxTrials = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int epochs = args.length > 3 ? Integer.parseInt(args[3]) : 27;
        System.out.printf(Locale.ROOT, "%d seeds, %d trials of %d epochs, parallelism %d; median [quartiles] over seeds%n%n",
                seeds, maxTrials, epochs, parallelism);
        System.out.println("| rule | trials | epochs spent | best objective found | its noise-free final loss | trials stopped |");
        System.out.println("|---|---|---|---|---|---|");
        for (String[] rule : RULES) {
            List<StudySimulation.Outcome> outcomes = new ArrayList<>();
            int trials = rule[2] == null ? maxTrials : Integer.parseInt(rule[2]);
            for (long seed = 1; seed <= seeds; seed++) {
                outcomes.add(StudySimulation.run(StudySimulation.config(seed, trials, parallelism, rule[1]), seed, epochs));
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", rule[0], trials,
                    summary(outcomes, StudySimulation.Outcome::epochs, "%.0f"),
                    summary(outcomes, StudySimulation.Outcome::best, "%.4f"),
                    summary(outcomes, StudySimulation.Outcome::bestTrue, "%.4f"),
                    summary(outcomes, StudySimulation.Outcome::stopped, "%.0f"));
        }
    }

    /** The median and the quartiles, e.g. {@code 0.1032 [0.1010, 0.1090]}. */
    static String summary(List<StudySimulation.Outcome> outcomes, ToDoubleFunction<StudySimulation.Outcome> f, String format) {
        double[] v = outcomes.stream().mapToDouble(f).sorted().toArray();
        return String.format(Locale.ROOT, format + " [" + format + ", " + format + "]",
                quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75));
    }

    /** Linear interpolation between order statistics. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
