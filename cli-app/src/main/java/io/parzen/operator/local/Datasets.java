package io.parzen.operator.local;

import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Makes sure the dataset a study trains on is in the store, writing a synthetic one when it is not. */
public final class Datasets {
    /** The trainer's default dataset name. */
    static final String DEFAULT = ObjectLayout.DEFAULT_DATASET;

    private Datasets() {}

    /** The value of {@code --dataset} in the trial template's args, else the trainer's default. */
    public static String named(List<String> args) {
        if (args != null) {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--dataset") && i + 1 < args.size()) {
                    return args.get(i + 1);
                }
                if (a.startsWith("--dataset=")) {
                    return a.substring("--dataset=".length());
                }
            }
        }
        return DEFAULT;
    }

    public static boolean present(ObjectStore store, String name) throws IOException {
        return !store.list(ObjectLayout.dataset(name).prefix()).isEmpty();
    }

    /** Runs {@code parzen dataset synth} (the trainer's) into the store and waits for it. */
    public static void synthesize(List<String> launcher, Map<String, String> env, String bucketRoot, String name, int tiles,
                           int size, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("dataset", "synth", "--out", bucketRoot, "--name", name, "--tiles", Integer.toString(tiles),
                "--seed", "1", "--size", Integer.toString(size)));
        TrialProcess process = TrialProcess.start(command, env, log);
        while (process.alive()) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        if (process.exitCode() != 0) {
            throw new IOException("writing the synthetic dataset '" + name + "' failed (exit " + process.exitCode() + "): "
                    + process.reason() + "; see " + log);
        }
    }
}
