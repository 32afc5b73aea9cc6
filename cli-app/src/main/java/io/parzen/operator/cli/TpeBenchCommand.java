package io.parzen.operator.cli;

import io.parzen.tpe.bench.Objective;
import io.parzen.tpe.bench.QualityBenchmark;
import io.parzen.tpe.bench.SamplerVariant;
import io.parzen.tpe.bench.SavedRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parzen tpe bench}: the optimizer quality benchmark recorded in docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Best-found after 25/50/100 evaluations (median and quartiles over seeds) per objective, sampler and batch size.")
public final class TpeBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", defaultValue = "20", description = "Seeds per cell (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--first-seed", defaultValue = "1000", description = "Seeds are FIRST..FIRST+SEEDS-1, as in"
            + " tpe-bench/compare/optuna_compare.py (default ${DEFAULT-VALUE}).")
    long firstSeed;

    @Option(names = "--budget", defaultValue = "100", description = "Evaluations per run (default ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--objectives", split = ",", completionCandidates = ObjectiveNames.class,
            description = "Subset of: ${COMPLETION-CANDIDATES} (default: all).")
    List<String> objectives;

    @Option(names = "--samplers", split = ",", completionCandidates = SamplerNames.class,
            description = "Subset of: ${COMPLETION-CANDIDATES} (default: all).")
    List<String> samplers;

    @Option(names = "--batches", split = ",", defaultValue = "1,8", description = "Batch sizes: trials asked before any is told (default ${DEFAULT-VALUE}).")
    int[] batches;

    @Option(names = "--save", paramLabel = "FILE", description = "Also write every run's incumbent curve as JSON, in the"
            + " format tpe-bench/compare/optuna_compare.py loads (--load) to set them beside Optuna's runs.")
    Path save;

    @Override
    public Integer call() throws IOException {
        Path folder = save == null ? null : save.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Checked before the runs, which can take minutes.
            throw new ParameterException(spec.commandLine(), "--save " + save + ": folder " + folder + " does not exist");
        }
        if (seeds < 1 || budget < 1) {
            throw new ParameterException(spec.commandLine(), "--seeds " + seeds + " and --budget " + budget
                    + " must both be at least 1");
        }
        List<Objective> chosen = QualityBenchmark.objectives().stream()
                .filter(o -> objectives == null || objectives.contains(o.name())).toList();
        if (chosen.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--objectives " + String.join(",", objectives)
                    + " matches none of: branin, hartmann6, quadratic10, conditional, filters");
        }
        List<SamplerVariant> variants;
        try {
            variants = samplers == null ? SamplerVariant.all() : samplers.stream().map(SamplerVariant::named).toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--samplers: " + e.getMessage());
        }
        SavedRuns saved = new SavedRuns();
        QualityBenchmark.report(chosen, variants, batches, seeds, budget, firstSeed, System.out, saved);
        if (save != null) {
            Files.writeString(save, saved.json());
        }
        return 0;
    }

    /** The objectives' names for the help, from the benchmark's own list, so the help cannot drift. */
    static final class ObjectiveNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return QualityBenchmark.objectives().stream().map(Objective::name).iterator();
        }
    }

    /** The samplers' names for the help, from {@link SamplerVariant#all()}. */
    static final class SamplerNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SamplerVariant.all().stream().map(SamplerVariant::name).iterator();
        }
    }
}
