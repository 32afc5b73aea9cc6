package io.parzen.operator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Study;
import io.parzen.operator.local.Datasets;
import io.parzen.operator.local.Display;
import io.parzen.operator.local.LiveDisplay;
import io.parzen.operator.local.LocalRunner;
import io.parzen.operator.local.LocalStore;
import io.parzen.operator.local.PlainDisplay;
import io.parzen.operator.local.StoreTrials;
import io.parzen.operator.local.TrainerCommand;
import io.parzen.operator.local.TrainerOptionsCheck;
import io.parzen.operator.local.TrialLines;
import io.parzen.operator.planning.Plan;
import io.parzen.operator.planning.StudyConfig;
import io.parzen.operator.planning.StudyValidator;
import io.parzen.operator.report.ReportOptions;
import io.parzen.operator.report.ReportWriter;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.report.TrialTables;
import io.parzen.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parzen local STUDY.yaml}: the whole study on this machine, with the operator's planner
 * and TPE, this build's trainer as one process per trial, and the embedded S3 store.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {"Run a Study on this machine, one trainer process per trial, then write its report.",
            "Uses the embedded S3 store (or --store), writes synthetic data when the study's dataset is missing, and",
            "decides with the operator's planner and TPE, running parallelism trials at a time.",
            "Run the same command again to resume: finished trials are kept, interrupted ones start again."})
public final class LocalCommand implements Callable<Integer> {
    /** The work folder's default, relative to the current folder. */
    public static final String DEFAULT_WORK = "parzen-work";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY.yaml", description = "A Study manifest, as for kubectl apply.")
    Path studyFile;

    @Option(names = "--work", defaultValue = DEFAULT_WORK, paramLabel = "DIR",
            description = "Folder for the embedded store, trial logs and the report copy (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--store", paramLabel = "s3://BUCKET",
            description = "Use this S3 bucket (PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) instead of the embedded store.")
    String store;

    @Option(names = "--trainer-jar", paramLabel = "JAR", description = "The trainer to run (default: this build's).")
    Path trainerJar;

    // The whole heap from the start, and the parallel collector: with G1 growing a small heap, a
    // 5-epoch trial spent its first three epochs 40% slower (61 s against 51-52 s in all).
    @Option(names = "--trial-heap", defaultValue = "1g", description = "Java heap of each trial (default ${DEFAULT-VALUE}).")
    String trialHeap;

    @Option(names = "--synthetic-tiles", defaultValue = "40", description = "Images in a synthetic dataset written for the study (default ${DEFAULT-VALUE}).")
    int syntheticTiles;

    @Option(names = "--synthetic-size", defaultValue = "256", description = "Their width in pixels (default ${DEFAULT-VALUE}).")
    int syntheticSize;

    @Option(names = "--plain", description = "Plain progress lines even on a terminal (they are the default elsewhere).")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        PrintStream out = System.out;
        PrintWriter err = spec.commandLine().getErr();
        String manifest = read(studyFile);
        Study study = parse(manifest, studyFile);
        String name = study.getMetadata() == null ? null : study.getMetadata().getName();
        StudyValidator.Result validation = StudyValidator.validate(name, study.getSpec());
        List<String> problems = new ArrayList<>(UnknownFields.in(manifest));
        problems.addAll(validation.problems());
        if (!problems.isEmpty()) {
            err.println("parzen local: " + studyFile + " is not a valid Study:");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        StudyConfig config = validation.config();
        Optional<String> workProblem = WorkFolder.problem(work);
        if (workProblem.isPresent()) {
            throw new IllegalArgumentException(workProblem.get());
        }
        Path jar = trainerJar != null ? trainerJar : defaultTrainerJar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no trainer at " + jar + "; build it (mvn package) or give --trainer-jar");
        }
        Path studyWork = work.resolve(name).toAbsolutePath().normalize();
        List<String> launcher = List.of(TrainerCommand.javaBinary(), "-Xms" + trialHeap, "-Xmx" + trialHeap, "-XX:+UseParallelGC",
                "-Djava.awt.headless=true", "-jar", jar.toString());
        Optional<String> options = TrainerOptionsCheck.run(new TrainerCommand(launcher, Map.of(), "s3://"
                + config.storage().getBucket(), 1), config, name, studyWork.resolve("logs").resolve("options-check.log"));
        if (options.isPresent()) {
            err.println("parzen local: " + studyFile + " is not a valid Study:");
            err.println("  " + options.get());
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        Instant started = Instant.now();
        try (LocalStore local = store == null
                ? LocalStore.embedded(studyWork.resolve("store"), config.storage().getBucket())
                : LocalStore.external(store, System.getenv())) {
            out.println("parzen local: study " + name + " (" + config.maxTrials() + " trials, " + config.parallelism()
                    + " at a time) on " + (store == null ? "the embedded S3 store in " + studyWork.resolve("store") : store));
            String dataset = Datasets.named(config.template().getArgs());
            if (!Datasets.present(local.store(), dataset)) {
                out.println("writing the synthetic dataset '" + dataset + "' (" + syntheticTiles + " images of " + syntheticSize
                        + " px) into the store...");
                Datasets.synthesize(launcher, local.trainerEnv(), local.bucketRoot(), dataset, syntheticTiles, syntheticSize,
                        studyWork.resolve("logs").resolve("dataset.log"));
            }
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / config.parallelism());
            TrainerCommand trainer = new TrainerCommand(launcher, local.trainerEnv(), local.bucketRoot(), threads);
            StoreTrials trials = new StoreTrials(local.store(), name, config.metric());
            boolean live = !plain && System.console() != null && !"dumb".equals(System.getenv("TERM"));
            Display display = live ? new LiveDisplay(out, config.metric()) : new PlainDisplay(out, config.metric());
            LocalRunner runner = new LocalRunner(name, config, trials, trainer, studyWork.resolve("logs"), display, 500);
            Thread hook = new Thread(() -> {
                runner.stop();
                out.println();
                out.println("parzen local: stopped; run the same command again to resume " + name);
            });
            Runtime.getRuntime().addShutdownHook(hook);
            Plan plan = runner.run();
            display.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            summarize(out, name, config, plan, local, studyWork, Duration.between(started, Instant.now()));
            return plan.best().isPresent() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    private void summarize(PrintStream out, String name, StudyConfig config, Plan plan, LocalStore local, Path studyWork,
                           Duration took) throws Exception {
        out.println();
        TrialTables.trials(new StudyReader(local.store()).read(name, false)).forEach(out::println);
        out.println();
        plan.finish().ifPresent(f -> out.println("finished: " + f.reason() + " (" + f.message() + ")"));
        plan.best().ifPresentOrElse(
                b -> out.printf("best trial: %s  %s=%.4f  %s%n", b.name(), config.metric(), b.objective(),
                        TrialLines.params(b.parameters())),
                () -> out.println("no trial succeeded"));
        ReportOptions options = ReportOptions.defaults().withGoal(config.goal());
        ReportWriter.Written report = new ReportWriter(local.store()).write(name, options, studyWork.resolve("report"),
                Instant.now());
        out.println("report: " + report.localIndex() + "  (in the store: " + local.bucketRoot() + "/" + report.indexKey() + ")");
        out.println("trial logs: " + studyWork.resolve("logs") + "   took " + took.toSeconds() + " s");
    }

    static Study load(Path file) {
        return parse(read(file), file);
    }

    /** The manifest's text; an {@link IllegalArgumentException} naming what is wrong with the file. */
    static String read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no such file: " + file
                    + " (give the path of a Study manifest, e.g. examples/quickstart.yaml)");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder, not a Study manifest (e.g. examples/quickstart.yaml)");
        }
        try {
            return Files.readString(file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException("cannot read " + file + ": permission denied");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e);
        }
    }

    static Study parse(String text, Path file) {
        JsonNode tree;
        Study study;
        try {
            tree = YAML.readTree(text);
            study = Serialization.unmarshal(text, Study.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a Study manifest: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (study == null || tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new IllegalArgumentException(file + " is empty; a Study manifest starts with apiVersion: parzen.io/v1alpha1,"
                    + " kind: Study (see examples/quickstart.yaml)");
        }
        String kind = tree.path("kind").asText("");
        if (!kind.isEmpty() && !"Study".equals(kind)) {
            throw new IllegalArgumentException(file + " holds a " + kind + ", not a Study (kind: Study)");
        }
        return study;
    }

    /** The trainer jar of this build: beside the launcher's checkout ({@code parzen.home}), else the working folder. */
    static Path defaultTrainerJar() {
        String home = System.getProperty("parzen.home", ".");
        return Path.of(home, "trainer-image", "target", "parzen-trainer.jar").toAbsolutePath().normalize();
    }
}
