package io.parzen.operator.cli;

import io.parzen.tpe.Goal;
import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.operator.report.TrialTables;
import io.parzen.storage.ObjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parzen trials}: the trial table of a study, read from the store, laid out like
 * {@code kubectl get trials}; without {@code --study}, the studies in the store.
 */
@Command(name = "trials", mixinStandardHelpOptions = true,
        description = "Print a study's trials from the store (or, without --study, the studies in it).")
public final class TrialsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--study", paramLabel = "NAME", description = "The study whose trials to list.")
    String study;

    @Option(names = "--goal", paramLabel = "minimize|maximize", defaultValue = "minimize",
            converter = GoalConverter.class,
            description = "Whether a smaller or larger objective is better, for BEST (default ${DEFAULT-VALUE}).")
    Goal goal;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    /** Where to look for parzen local's stores when no --store is given (tests set it). */
    Path work = Path.of(LocalCommand.DEFAULT_WORK);

    /** With the process environment. */
    public TrialsCommand() {
        this(System.getenv());
    }

    /** With {@code env} for s3 locations (tests). */
    public TrialsCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ObjectStore opened = store.open(env, study, work)) {
            StudyReader reader = new StudyReader(opened);
            List<String> lines;
            if (study != null) {
                StudyModel model = reader.read(study, false);
                if (model.trials().isEmpty()) {
                    List<String> names = reader.studies();
                    throw new IllegalArgumentException("no trials of study '" + study + "' in " + opened.describe()
                            + (names.isEmpty() ? "; it holds no studies" : "; studies there: " + String.join(", ", names)));
                }
                lines = TrialTables.trials(model);
            } else {
                List<StudyModel> studies = new ArrayList<>();
                for (String name : reader.studies()) {
                    studies.add(reader.read(name, false));
                }
                if (studies.isEmpty()) {
                    throw new IllegalArgumentException("no studies in " + opened.describe() + " (give the store folder parzen"
                            + " local printed, or a folder or s3://bucket/prefix holding studies/)");
                }
                lines = TrialTables.studies(studies, goal);
            }
            lines.forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
