package io.parzen.tpe.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Best-found value after 25/50/100 evaluations, median and quartiles over many seeds, for each
 * objective, sampler and batch size. Runs seeds in parallel; results do not depend on it.
 */
public final class QualityBenchmark {
    public static final int[] CHECKPOINTS = {25, 50, 100};
    /** Seeds are FIRST_SEED, FIRST_SEED + 1, ... unless a first seed is given. */
    public static final long FIRST_SEED = 1000;

    /** @param failures median number of failed trials per run */
    public record Row(String objective, String sampler, int batch, Quartiles[] atCheckpoint, double failures) {}

    public static List<Objective> objectives() {
        return List.of(new Branin(), new Hartmann6(), new MixedQuadratic(), new ConditionalOptimizer(), new FilterCount(),
                new OutOfMemory());
    }

    /** The incumbent after {@code evaluations}, one value per seed. */
    public static double[] bestAfter(Objective objective, SamplerVariant variant, int batch, int seeds, int evaluations) {
        double[][] runs = runs(objective, variant, batch, seeds, evaluations);
        double[] out = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            out[s] = runs[s][evaluations - 1];
        }
        return out;
    }

    static double[][] runs(Objective objective, SamplerVariant variant, int batch, int seeds, int budget) {
        return runs(objective, variant, batch, seeds, budget, new int[seeds], FIRST_SEED);
    }

    /** Runs every seed; failures[s] receives the failed-trial count of seed s. */
    static double[][] runs(Objective objective, SamplerVariant variant, int batch, int seeds, int budget, int[] failures,
                           long firstSeed) {
        return IntStream.range(0, seeds).parallel()
                .mapToObj(s -> {
                    int[] failed = new int[1];
                    double[] run = StudySimulation.runCounting(objective, variant.factory().create(firstSeed + s, batch), budget, batch,
                            firstSeed + s, failed);
                    failures[s] = failed[0];
                    return run;
                })
                .toArray(double[][]::new);
    }

    public static Row row(Objective objective, SamplerVariant variant, int batch, int seeds, int budget) {
        return row(objective, variant, batch, seeds, budget, FIRST_SEED);
    }

    /** As above, with seeds firstSeed, firstSeed + 1, ... */
    public static Row row(Objective objective, SamplerVariant variant, int batch, int seeds, int budget, long firstSeed) {
        return row(objective, variant, batch, seeds, budget, firstSeed, SavedRuns.NONE);
    }

    /** As above, handing every run to {@code saved}. */
    static Row row(Objective objective, SamplerVariant variant, int batch, int seeds, int budget, long firstSeed,
                   SavedRuns saved) {
        int[] failures = new int[seeds];
        double[][] runs = runs(objective, variant, batch, seeds, budget, failures, firstSeed);
        saved.add(variant, objective, batch, firstSeed, runs, failures);
        List<Quartiles> qs = new ArrayList<>();
        for (int checkpoint : CHECKPOINTS) {
            if (checkpoint > budget) {
                continue;
            }
            double[] values = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                values[s] = runs[s][checkpoint - 1];
            }
            qs.add(Quartiles.of(values));
        }
        double[] failed = java.util.Arrays.stream(failures).asDoubleStream().toArray();
        return new Row(objective.name(), variant.name(), batch, qs.toArray(Quartiles[]::new), Quartiles.of(failed).median());
    }

    /** Prints a Markdown table: one line per objective, sampler and batch size. */
    public static void report(List<Objective> objectives, List<SamplerVariant> variants, int[] batches, int seeds, int budget,
                              PrintStream out) {
        report(objectives, variants, batches, seeds, budget, FIRST_SEED, out);
    }

    /** As above, with seeds firstSeed, firstSeed + 1, ... */
    public static void report(List<Objective> objectives, List<SamplerVariant> variants, int[] batches, int seeds, int budget,
                              long firstSeed, PrintStream out) {
        report(objectives, variants, batches, seeds, budget, firstSeed, out, SavedRuns.NONE);
    }

    /** As above, handing every run to {@code saved} (for {@code parzen tpe bench --save}). */
    public static void report(List<Objective> objectives, List<SamplerVariant> variants, int[] batches, int seeds, int budget,
                              long firstSeed, PrintStream out, SavedRuns saved) {
        out.printf(Locale.ROOT, "Best-found (noise-free value of the incumbent), median [q1, q3] over %d seeds (%d..%d)%n%n",
                seeds, firstSeed, firstSeed + seeds - 1);
        StringBuilder header = new StringBuilder("| objective (min) | sampler | batch |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (int c : CHECKPOINTS) {
            if (c <= budget) {
                header.append(" after ").append(c).append(" |");
                rule.append("---|");
            }
        }
        header.append(" failed trials (median) |");
        rule.append("---|");
        out.println(header);
        out.println(rule);
        for (Objective objective : objectives) {
            for (int batch : batches) {
                for (SamplerVariant variant : variants) {
                    if (!worthReporting(variant, batch)) {
                        continue;
                    }
                    Row row = row(objective, variant, batch, seeds, budget, firstSeed, saved);
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s (%.4g) | %s | %d |",
                            objective.name(), objective.minimum(), variant.name(), batch));
                    for (Quartiles q : row.atCheckpoint()) {
                        line.append(String.format(Locale.ROOT, " %.4f [%.4f, %.4f] |", q.median(), q.q1(), q.q3()));
                    }
                    line.append(String.format(Locale.ROOT, " %.1f |", row.failures()));
                    out.println(line);
                    out.flush();
                }
            }
        }
    }

    /**
     * Rows that would repeat another row are left out: random search ignores the history, so its
     * batches equal its sequential run, and without a batch there is nothing to lie about. The
     * hyperopt flavour always counts pending trials as +inf losses, so it is run sequentially only.
     */
    static boolean worthReporting(SamplerVariant variant, int batch) {
        if (batch == 1) {
            return variant != SamplerVariant.TPE_NO_LIAR;
        }
        return variant != SamplerVariant.RANDOM && variant != SamplerVariant.HYPEROPT;
    }

    /** {@code java -cp parzen-tpe.jar:parzen-tpe-bench.jar io.parzen.tpe.bench.QualityBenchmark [seeds] [budget]}; the CLI wraps this. */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        report(objectives(), SamplerVariant.all(), new int[] {1, 8}, seeds, budget, System.out);
    }

    private QualityBenchmark() {}
}
