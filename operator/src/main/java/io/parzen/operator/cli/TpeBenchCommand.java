package io.parzen.operator.cli;

import io.parzen.tpe.bench.Objective;
import io.parzen.tpe.bench.QualityBenchmark;
import io.parzen.tpe.bench.SamplerVariant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parzen tpe bench}: the optimizer quality benchmark recorded in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Best-found after 25/50/100 evaluations (median and quartiles over seeds) per objective, sampler and batch size.")
public final class TpeBenchCommand implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "20", description = "Seeds per cell (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--budget", defaultValue = "100", description = "Evaluations per run (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--objectives", split = ",", description = "Subset of: branin, hartmann6, quadratic10, conditional, filters.")
    List<String> objectives;

    @Option(names = "--samplers", split = ",", description = "Subset of: random, tpe, tpe-multivariate, tpe-hyperopt, tpe-no-liar.")
    List<String> samplers;

    @Option(names = "--batches", split = ",", defaultValue = "1,8", description = "Batch sizes: trials asked before any is told (default ${DEFAULT-VALUE}).")
    int[] batches;

    @Override
    public Integer call() {
        if (seeds < 1 || budget < 1) {
            System.err.println("--seeds and --budget must be at least 1");
            return 2;
        }
        List<Objective> chosen = QualityBenchmark.objectives().stream()
                .filter(o -> objectives == null || objectives.contains(o.name())).toList();
        if (chosen.isEmpty()) {
            System.err.println("--objectives " + objectives + " matches none of: branin, hartmann6, quadratic10, conditional, filters");
            return 2;
        }
        List<SamplerVariant> variants;
        try {
            variants = samplers == null ? SamplerVariant.all() : samplers.stream().map(SamplerVariant::named).toList();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        QualityBenchmark.report(chosen, variants, batches, seeds, budget, System.out);
        return 0;
    }
}
