package io.parzen.trainer.train.cli;

import io.parzen.cli.ExitCodes;
import io.parzen.storage.DatasetPaths;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.TrialResult;
import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import io.parzen.trainer.nn.CpuThreads;
import io.parzen.trainer.nn.FastPath;
import io.parzen.trainer.nn.Head;
import io.parzen.trainer.nn.LrSchedule;
import io.parzen.trainer.nn.NetConfig;
import io.parzen.trainer.train.Recipe;
import io.parzen.trainer.train.TrainData;
import io.parzen.trainer.train.TrainOptions;
import io.parzen.trainer.train.Trainer;
import io.parzen.trainer.train.output.TrialSink;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parzen train}: one trial. Every option can also come from {@code PARZEN_PARAMS} (JSON) or
 * {@code PARZEN_<OPTION>} variables, see {@link ParamsDefaults}. Exit codes: 0 trained (result.json
 * written); 2 invalid input, found before anything is read: a bad option (what {@code --check-options}
 * rejects), a bad {@code --data} or {@code --output} location or a missing S3 variable; 1 failed
 * while running (no result.json unless the loss diverged, which writes a failed one), which includes a
 * dataset found to hold no usable image: only reading the store tells, and the same options succeed
 * once the data is there. Error lines start with {@code parzen train:}.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the U-Net on a SpaceNet-layout dataset and write params.json, metrics.jsonl, "
                + "histograms.jsonl, masks/, tensorboard/, model.zip and, last, result.json to the output.",
            "Options also come from PARZEN_PARAMS (a JSON object; keys like learningRate or learning-rate) "
                + "and PARZEN_<OPTION> variables (PARZEN_OUTPUT, PARZEN_DATA, ...); a flag on the command line wins."},
        subcommands = BenchCommand.class)
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private Map<String, String> env = System.getenv();

    /** Reads S3 settings and {@code PARZEN_PARAMS} from {@code env} instead of the process environment. */
    public void useEnvironment(Map<String, String> environment) {
        this.env = Map.copyOf(environment);
    }

    @Option(names = "--data", paramLabel = "LOCATION", description = "folder or s3://bucket/prefix holding "
            + "datasets/NAME/ (or the dataset folder itself, .../datasets/NAME); default: the store --output "
            + "writes to (the root above its studies/ folder); S3 endpoint and keys from "
            + "PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY")
    String data;

    @Option(names = "--dataset", defaultValue = ObjectLayout.DEFAULT_DATASET, paramLabel = "NAME",
            description = "dataset name under datasets/ (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--output", paramLabel = "LOCATION", description = "the trial's output: folder or s3://bucket/prefix")
    String output;

    @Option(names = "--epochs", defaultValue = "10", description = "epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--tile", defaultValue = "256", paramLabel = "PX",
            description = "tile width and height; divisible by 2^depth (default: ${DEFAULT-VALUE})")
    int tile;

    @Option(names = "--tiling", defaultValue = "crop", paramLabel = "crop|resize",
            description = "crop full-resolution tiles or resize each image to one tile (default: ${DEFAULT-VALUE})")
    String tiling;

    @Option(names = "--base-filters", defaultValue = "32", paramLabel = "N",
            description = "filters of the first level; level i has N*2^i (default: ${DEFAULT-VALUE})")
    int baseFilters;

    @Option(names = "--depth", defaultValue = "4", description = "number of poolings (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--head", defaultValue = "baseline", paramLabel = "baseline|grouped",
            description = "1x1 head with 3 filters, or 3*m filters summed per class (default: ${DEFAULT-VALUE})")
    String head;

    @Option(names = "--filters-per-class", defaultValue = "1", paramLabel = "M",
            description = "m of the grouped head (default: ${DEFAULT-VALUE})")
    int filtersPerClass;

    @Option(names = "--learning-rate", defaultValue = "0.001", paramLabel = "LR",
            description = "Adam learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--lr-schedule", defaultValue = "cosine", paramLabel = "cosine|constant",
            description = "cosine: linear warm-up, then a half cosine to 0 at the last step; constant: "
                    + "--learning-rate throughout (default: ${DEFAULT-VALUE})")
    String lrSchedule;

    @Option(names = "--warmup-fraction", defaultValue = "" + LrSchedule.DEFAULT_WARMUP_FRACTION, paramLabel = "F",
            description = "share of the steps spent warming up with the cosine schedule, 0..0.5 (default: ${DEFAULT-VALUE})")
    double warmupFraction;

    @Option(names = "--augment", defaultValue = "true", arity = "1", paramLabel = "true|false",
            description = "draw each training tile in a random one of its 8 poses (quarter turns, mirrors) "
                    + "(default: ${DEFAULT-VALUE})")
    String augment;

    @Option(names = "--bn-batches", defaultValue = "" + Recipe.DEFAULT_BN_BATCHES, paramLabel = "N",
            description = "training batches over which batch-norm statistics are recomputed before each validation; "
                    + "0 keeps the running averages (default: ${DEFAULT-VALUE})")
    int bnBatches;

    @Option(names = "--ema-decay", defaultValue = "" + Recipe.DEFAULT_EMA_DECAY, paramLabel = "D",
            description = "validate and save an exponential moving average of the weights with this decay, in [0, 1); "
                    + "0 uses the trained weights themselves (default: ${DEFAULT-VALUE})")
    double emaDecay;

    @Option(names = "--head-lr-multiplier", defaultValue = "1", paramLabel = "X",
            description = "learning-rate factor of the head's 1x1 convolution (default: ${DEFAULT-VALUE})")
    double headLrMultiplier;

    @Option(names = "--batch", defaultValue = "4", description = "tiles per step (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--class-weights", defaultValue = "1,3,5", paramLabel = "BG,BLDG,BORDER",
            description = "loss weights of background, building, border (default: ${DEFAULT-VALUE})")
    String classWeights;

    @Option(names = "--seed", defaultValue = "1", description = "initialisation and shuffling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--split-seed", defaultValue = "1",
            description = "seed of the train/val/test split of the images (default: ${DEFAULT-VALUE})")
    long splitSeed;

    @Option(names = "--max-tiles", defaultValue = "0", paramLabel = "N",
            description = "training tiles per epoch at most, 0 = all (default: ${DEFAULT-VALUE})")
    int maxTiles;

    @Option(names = "--max-val-tiles", defaultValue = "0", paramLabel = "N",
            description = "validation: the first whole images holding at most N tiles (at least one), 0 = all "
                    + "(default: ${DEFAULT-VALUE})")
    int maxValTiles;

    @Option(names = "--mask-tiles", defaultValue = "4", paramLabel = "N",
            description = "validation tiles drawn to masks/ each epoch (default: ${DEFAULT-VALUE})")
    int maskTiles;

    @Option(names = "--objective", defaultValue = "best", paramLabel = "best|final",
            description = "report the best or the final validation loss (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--check-options", description = "check the options and exit without reading data or training "
            + "(parzen local does, before a study's first trial)")
    boolean checkOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String prefix = spec.qualifiedName() + ": ";
        TrainOptions options;
        ObjectLayout.DatasetLocation where;
        try {
            options = options();
            where = ObjectLayout.datasetLocation(options.data(), options.dataset());
            new DatasetPaths(where.dataset()); // one path segment
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        warnUnknownParams(err);
        if (checkOptions) {
            return ExitCodes.OK;
        }
        FastPath.enable();
        // the OpenMP runtime reads the process's environment, not `env`
        CpuThreads.warning(System.getenv(CpuThreads.OMP_NUM_THREADS)).ifPresent(w -> err.println(prefix + "warning: " + w));
        ObjectStore dataStore = null;
        ObjectStore outStore;
        try {
            dataStore = ObjectStores.openExisting(where.root(), env); // only read: a mistyped --data creates nothing
            outStore = ObjectStores.open(options.output(), env);
        } catch (IllegalArgumentException e) { // a bad location or a missing S3 variable: nothing ran yet
            if (dataStore != null) {
                dataStore.close();
            }
            err.println(prefix + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        try (ObjectStore data = dataStore; ObjectStore out = outStore) {
            SpaceNetDataset ds;
            try {
                ds = SpaceNetDataset.open(data, where.dataset());
            } catch (DataFormatException e) {
                // found only by reading the store, while running: a failure (1), not invalid input
                err.println(prefix + "no usable dataset '" + where.dataset() + "' at " + data.describe() + ": "
                        + e.getMessage() + " (write one with: parzen dataset synth --out " + where.root() + " ...)");
                return ExitCodes.FAILURE;
            }
            TrialSink sink = new TrialSink(out, System.currentTimeMillis() / 1000.0, Host.name());
            sink.params(params());
            TrialResult result = new Trainer(options, new TrainData(ds, options), sink,
                    spec.commandLine().getOut()).run();
            if (!result.succeeded()) {
                err.println(prefix + result.message());
                return ExitCodes.FAILURE;
            }
            return ExitCodes.OK;
        } catch (Exception e) {
            err.println(prefix + "failed: " + e);
            e.printStackTrace(); // to the log, after the error line (the trial's reason)
            return ExitCodes.FAILURE;
        }
    }

    /** The validated options. */
    public TrainOptions options() {
        NetConfig net = new NetConfig(tile, 3, baseFilters, depth, Head.parse(head), filtersPerClass, learningRate,
                headLrMultiplier, parseWeights(classWeights), seed);
        Tiler.Mode mode = switch (tiling.trim().toLowerCase(Locale.ROOT)) {
            case "crop" -> Tiler.Mode.CROP;
            case "resize" -> Tiler.Mode.RESIZE;
            default -> throw new IllegalArgumentException("--tiling must be crop or resize, got '" + tiling + "'");
        };
        TrainOptions.Objective obj = switch (objective.trim().toLowerCase(Locale.ROOT)) {
            case "best" -> TrainOptions.Objective.BEST;
            case "final" -> TrainOptions.Objective.FINAL;
            default -> throw new IllegalArgumentException("--objective must be best or final, got '" + objective + "'");
        };
        Recipe recipe = new Recipe(LrSchedule.Kind.parse(lrSchedule), warmupFraction, parseBoolean("--augment", augment),
                bnBatches, emaDecay);
        return new TrainOptions(data == null || data.isBlank() ? ObjectLayout.storeRootOf(output) : data, dataset, output, epochs, net,
                batch, mode, maxTiles, maxValTiles, maskTiles, splitSeed, obj, recipe);
    }

    /** {@code true} or {@code false} (case-insensitive): picocli would read any other word as false. */
    static boolean parseBoolean(String option, String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(option + " must be true or false, got '" + text + "'");
        };
    }

    /** Parses {@code 1,3,5}. */
    static double[] parseWeights(String text) {
        String[] parts = text.split(",");
        if (parts.length != NetConfig.CLASSES) {
            throw new IllegalArgumentException("--class-weights needs 3 comma-separated numbers "
                    + "(background,building,border), got '" + text + "'");
        }
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--class-weights: '" + parts[i].trim() + "' is not a number");
            }
        }
        return w;
    }

    /** Every option as the run received it (after environment defaults), for params.json. */
    Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        for (OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            if (!o.usageHelp() && !o.versionHelp() && o.getValue() != null) {
                out.put(name, String.valueOf((Object) o.getValue()));
            }
        }
        return out;
    }

    private void warnUnknownParams(PrintWriter err) {
        if (!env.containsKey(ParamsDefaults.PARAMS_VARIABLE)) {
            return;
        }
        List<String> names = new ArrayList<>();
        spec.options().forEach(o -> names.add(o.longestName()));
        // parameters the Study passes through ${param.X} placeholders reach the trainer as flags
        String placeholders = env.getOrDefault(ParamsDefaults.PLACEHOLDER_PARAMS_VARIABLE, "");
        for (String name : placeholders.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        var unknown = new ParamsDefaults(env).unknownParams(names);
        if (!unknown.isEmpty()) {
            err.println(spec.qualifiedName() + ": warning: PARZEN_PARAMS keys " + unknown + " match no option; ignored");
        }
    }
}
