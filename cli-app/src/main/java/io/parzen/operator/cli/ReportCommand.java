package io.parzen.operator.cli;

import io.parzen.operator.report.BaselineRule;
import io.parzen.tpe.Goal;
import io.parzen.operator.report.ReportOptions;
import io.parzen.operator.report.ReportWriter;
import io.parzen.storage.ObjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parzen report}: draws a study's report (HTML and PNG charts) into the store under
 * {@code studies/<study>/report/} and into a local folder, and prints where.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a study's HTML report into the store and a local folder.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--study", required = true, paramLabel = "NAME", description = "The study.")
    String study;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Local copy of the report (default: parzen-report/<study> in the current folder).")
    Path out;

    @Option(names = "--goal", paramLabel = "minimize|maximize", defaultValue = "minimize",
            converter = GoalConverter.class, description = "Whether a smaller or larger objective is better (default ${DEFAULT-VALUE}).")
    Goal goal;

    @Option(names = "--baseline-match", paramLabel = "PARAM=VALUE", defaultValue = "head=baseline",
            description = "Baseline-like trial: the best trial with this parameter value (default ${DEFAULT-VALUE}); 'none' to skip.")
    String baselineMatch;

    @Option(names = "--baseline-smallest", paramLabel = "PARAM", defaultValue = "filtersPerClass",
            description = "Else the trial with the smallest value of this parameter (default ${DEFAULT-VALUE}); 'none' to skip.")
    String baselineSmallest;

    @Option(names = "--metrics", paramLabel = "KEY", split = ",",
            description = "More metrics keys for the trial table, after the pixel and object F1 of buildings "
                    + "(default: f1Background,f1Border; when no trial reports any of them, every extra key is shown).")
    List<String> metrics = ReportOptions.DEFAULT_METRIC_KEYS;

    @Option(names = "--max-layers", defaultValue = "8", description = "Layers per weight panel (default ${DEFAULT-VALUE}).")
    int maxLayers;

    @Option(names = "--mask-tiles", defaultValue = "4", description = "Mask tiles shown (default ${DEFAULT-VALUE}).")
    int maskTiles;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    /** Where to look for parzen local's stores when no --store is given (tests set it). */
    Path work = Path.of(LocalCommand.DEFAULT_WORK);
    private final Clock clock;

    /** With the process environment and clock. */
    public ReportCommand() {
        this(System.getenv(), Clock.systemUTC());
    }

    /** With {@code env} for s3 locations and a clock for the page's timestamp (tests). */
    public ReportCommand(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        ReportOptions options = new ReportOptions(goal, baselineRule(), metrics, maxLayers, maskTiles, "W");
        Path local = (out != null ? out : Path.of("parzen-report", study)).toAbsolutePath().normalize();
        try (ObjectStore opened = store.open(env, study, work)) {
            ReportWriter.Written written = new ReportWriter(opened).write(study, options, local, clock.instant());
            PrintWriter print = spec.commandLine().getOut();
            print.println("report of study " + study + ": " + (written.files().size() - 1) + " charts");
            print.println("  in the store: " + opened.describe() + " " + written.indexKey());
            print.println("  local copy:   " + written.localIndex());
            print.flush();
            return 0;
        }
    }

    private BaselineRule baselineRule() {
        String matchParam = null;
        String matchValue = null;
        if (!"none".equals(baselineMatch)) {
            int eq = baselineMatch.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--baseline-match '" + baselineMatch + "' must look like PARAM=VALUE");
            }
            matchParam = baselineMatch.substring(0, eq);
            matchValue = baselineMatch.substring(eq + 1);
        }
        return new BaselineRule(matchParam, matchValue, "none".equals(baselineSmallest) ? null : baselineSmallest);
    }
}
