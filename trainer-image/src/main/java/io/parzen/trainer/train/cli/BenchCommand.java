package io.parzen.trainer.train.cli;

import io.parzen.trainer.nn.CpuThreads;
import io.parzen.trainer.nn.FastPath;
import io.parzen.trainer.nn.Head;
import io.parzen.trainer.nn.NetConfig;
import io.parzen.trainer.train.bench.StepBenchmark;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parzen train bench}: milliseconds per training step of the U-Net on random tensors (no data
 * loading), for the small and large configurations (docs/stack.md) and both heads, with the memory used.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time training steps: small (64x64, base 16, depth 3, batch 8) and large "
                + "(256x256, base 32, depth 4, batch 4), baseline and grouped heads.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", defaultValue = "all", paramLabel = "small|large|all",
            description = "which configuration (default: ${DEFAULT-VALUE})")
    String config;

    @Option(names = "--head", defaultValue = "both", paramLabel = "baseline|grouped|both",
            description = "which head (default: ${DEFAULT-VALUE})")
    String head;

    @Option(names = "--filters-per-class", defaultValue = "4", paramLabel = "M",
            description = "m of the grouped head (default: ${DEFAULT-VALUE})")
    int filtersPerClass;

    @Option(names = "--warmup", paramLabel = "N", description = "untimed steps first (default: "
            + SMALL_WARMUP + " for small, " + LARGE_WARMUP + " for large: until then the JIT compiler still "
            + "works, on the core a second OpenMP thread needs)")
    Integer warmup;

    @Option(names = "--steps", defaultValue = "10", paramLabel = "N", description = "timed steps (default: ${DEFAULT-VALUE})")
    int steps;

    static final int SMALL_WARMUP = 600;
    static final int LARGE_WARMUP = 2;

    @Option(names = "--no-fast-path", description = "leave DL4J's oneDNN helpers off (to measure the difference)")
    boolean noFastPath;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (warmup != null && warmup < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--warmup must be 0 or more, got " + warmup);
        }
        if (steps < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--steps must be 1 or more, got " + steps);
        }
        if (noFastPath) {
            System.setProperty(FastPath.DISABLE_HELPERS, "true");
        } else {
            FastPath.enable();
        }
        List<StepBenchmark.Case> cases = new ArrayList<>();
        for (String c : pick(config, "small", "large", "--config")) {
            for (String h : pick(head, "baseline", "grouped", "--head")) {
                Head kind = Head.parse(h);
                NetConfig net = (c.equals("small") ? StepBenchmark.SMALL : StepBenchmark.LARGE)
                        .withHead(kind, kind == Head.GROUPED ? filtersPerClass : 1);
                cases.add(new StepBenchmark.Case(c, net, c.equals("small") ? 8 : 4));
            }
        }
        CpuThreads.warning(System.getenv(CpuThreads.OMP_NUM_THREADS)).ifPresent(w -> out.println("warning: " + w));
        out.printf(Locale.ROOT, "fast path (oneDNN helpers): %s; %d cores; %d threads%n", FastPath.enabled(),
                Runtime.getRuntime().availableProcessors(), Nd4j.getEnvironment().maxThreads());
        out.println(StepBenchmark.Result.HEADER);
        for (StepBenchmark.Case c : cases) {
            int w = warmup != null ? warmup : c.name().equals("small") ? SMALL_WARMUP : LARGE_WARMUP;
            out.println(StepBenchmark.run(c, w, steps).row());
            out.flush();
        }
        return 0;
    }

    private List<String> pick(String choice, String a, String b, String option) {
        String v = choice.trim().toLowerCase(Locale.ROOT);
        if (v.equals("all") || v.equals("both")) {
            return List.of(a, b);
        }
        if (v.equals(a) || v.equals(b)) {
            return List.of(v);
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                option + " must be " + a + ", " + b + " or all/both, got '" + choice + "'");
    }
}
