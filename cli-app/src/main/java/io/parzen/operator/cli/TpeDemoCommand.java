package io.parzen.operator.cli;

import io.parzen.tpe.Observation;
import io.parzen.tpe.RandomSampler;
import io.parzen.tpe.Sampler;
import io.parzen.tpe.TpeSampler;
import io.parzen.tpe.TpeSettings;
import io.parzen.tpe.bench.FilterCount;
import io.parzen.tpe.bench.Objective;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parzen tpe demo}: the seed's question in miniature. TPE tunes a filter count over
 * quniform(3, 120, 1) against a simulated, noisy validation-loss curve whose best is at 57, in
 * parallel batches, and random search gets the same budget for comparison.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "TPE vs random search on a simulated filter-count loss curve (best at 57 filters).")
public final class TpeDemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trials", defaultValue = "40", description = "Trials per sampler (default ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--parallelism", defaultValue = "4", description = "Trials asked before any is told (default ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--seed", defaultValue = "1", description = "Study seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (trials < 1 || parallelism < 1) {
            throw new ParameterException(spec.commandLine(), "--trials " + trials + " and --parallelism " + parallelism
                    + " must both be at least 1");
        }
        PrintStream out = System.out;
        Objective objective = new FilterCount();
        out.printf(Locale.ROOT, "parzen tpe demo: tune 'filters' in quniform(3, 120, 1); simulated validation loss, best at 57%n");
        out.printf(Locale.ROOT, "%d trials, %d at a time, seed %d%n%n", trials, parallelism, seed);
        out.printf(Locale.ROOT, "%6s %8s %10s %10s%n", "TRIAL", "FILTERS", "VAL_LOSS", "BEST");
        List<Observation> tpe = run(objective, new TpeSampler(TpeSettings.defaults(seed)), out);
        List<Observation> random = run(objective, new RandomSampler(seed), null);
        Observation bestTpe = best(tpe);
        Observation bestRandom = best(random);
        out.printf(Locale.ROOT, "%nbest after %d trials:%n", trials);
        out.printf(Locale.ROOT, "  tpe     filters=%-4s val_loss=%.4f (noise-free %.4f)%n", bestTpe.params().get("filters"),
                bestTpe.value(), objective.trueValue(bestTpe.params()));
        out.printf(Locale.ROOT, "  random  filters=%-4s val_loss=%.4f (noise-free %.4f)%n", bestRandom.params().get("filters"),
                bestRandom.value(), objective.trueValue(bestRandom.params()));
        long nearTpe = tpe.stream().filter(o -> Math.abs(((Number) o.params().get("filters")).doubleValue() - 57) <= 10).count();
        long nearRandom = random.stream().filter(o -> Math.abs(((Number) o.params().get("filters")).doubleValue() - 57) <= 10).count();
        out.printf(Locale.ROOT, "  trials within 10 filters of the optimum: tpe %d, random %d%n", nearTpe, nearRandom);
        return 0;
    }

    private List<Observation> run(Objective objective, Sampler sampler, PrintStream out) {
        SplittableRandom noise = new SplittableRandom(seed);
        List<Observation> history = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (int start = 0; start < trials; start += parallelism) {
            int end = Math.min(trials, start + parallelism);
            for (int i = start; i < end; i++) {
                history.add(Observation.pending(i, sampler.suggest(objective.space(), List.copyOf(history), i)));
            }
            for (int i = start; i < end; i++) {
                Map<String, Object> params = history.get(i).params();
                double loss = objective.observe(params, noise);
                history.set(i, Observation.succeeded(i, params, loss));
                best = Math.min(best, loss);
                if (out != null) {
                    out.printf(Locale.ROOT, "%6d %8s %10.4f %10.4f%n", i, params.get("filters"), loss, best);
                }
            }
        }
        return history;
    }

    private static Observation best(List<Observation> trials) {
        Observation best = trials.get(0);
        for (Observation o : trials) {
            if (o.value() < best.value()) {
                best = o;
            }
        }
        return best;
    }
}
