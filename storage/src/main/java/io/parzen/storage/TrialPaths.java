package io.parzen.storage;

/**
 * Keys of one trial's output folder.
 *
 * <p>The operator uses {@code ObjectLayout.trial(study, trial)} on a store at the bucket root; the
 * trainer opens a store at {@code PARZEN_OUTPUT} (which already points at the trial's folder) and
 * uses {@link #root()}. Both then name the same objects.
 *
 * @param prefix the folder, empty or ending with '/'
 */
public record TrialPaths(String prefix) {
    /** The parameters as the trainer received them (a JSON object). */
    public static final String PARAMS = "params.json";
    /** One {@link MetricsLine} per epoch. */
    public static final String METRICS = "metrics.jsonl";
    /** {@link HistogramLine}s, per epoch and layer parameter. */
    public static final String HISTOGRAMS = "histograms.jsonl";
    /** Folder of the per-epoch mask images. */
    public static final String MASKS = "masks/";
    /** Folder of the TensorBoard event files. */
    public static final String TENSORBOARD = "tensorboard/";
    /** The final network. */
    public static final String MODEL = "model.zip";
    /** The {@link TrialResult}, written last: the commit point. */
    public static final String RESULT = "result.json";
    /**
     * Proposal (docs/report.md): the operator's word on a trial that will never write a result,
     * e.g. {@code {"phase":"EarlyStopped","message":"stopped by median at epoch 3: ..."}}. Optional.
     */
    public static final String STATUS = "status.json";
    /**
     * {@code trial.json}: the trial's index and the study parameters it was given, written by the
     * local runner before it starts the trainer (in a cluster the Trial resource holds them).
     */
    public static final String SPEC = "trial.json";

    /** Validates the prefix. */
    public TrialPaths {
        if (!prefix.isEmpty()) {
            if (!prefix.endsWith("/")) {
                throw new IllegalArgumentException("trial folder '" + prefix + "' must end with '/'");
            }
            Keys.requirePrefix(prefix);
        }
    }

    /** The paths of a store already rooted at the trial's folder (the trainer's view). */
    public static TrialPaths root() {
        return new TrialPaths("");
    }

    /** The paths of the trial folder at the given prefix. */
    public static TrialPaths under(String prefix) {
        return new TrialPaths(prefix);
    }

    /** {@code params.json}. */
    public String params() {
        return prefix + PARAMS;
    }

    /** {@code metrics.jsonl}. */
    public String metrics() {
        return prefix + METRICS;
    }

    /** {@code histograms.jsonl}. */
    public String histograms() {
        return prefix + HISTOGRAMS;
    }

    /** {@code masks/epoch-<E>/}. */
    public String masksPrefix(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch " + epoch + " is negative");
        }
        return prefix + MASKS + "epoch-" + epoch + "/";
    }

    /** {@code masks/epoch-<E>/<image>.png}: image | truth | prediction side by side. */
    public String mask(int epoch, String image) {
        return masksPrefix(epoch) + Keys.requireSegment("mask image name", image) + ".png";
    }

    /** {@code tensorboard/}: point TensorBoard's logdir here. */
    public String tensorboardPrefix() {
        return prefix + TENSORBOARD;
    }

    /** {@code tensorboard/<file>}, e.g. {@code events.out.tfevents.<ts>.<host>}. */
    public String tensorboardFile(String fileName) {
        return tensorboardPrefix() + Keys.requireSegment("tensorboard file name", fileName);
    }

    /** {@code model.zip}. */
    public String model() {
        return prefix + MODEL;
    }

    /** {@code status.json} (optional, written by the operator, not the trainer). */
    public String status() {
        return prefix + STATUS;
    }

    /** {@code trial.json} (written by the local runner before the trainer starts). */
    public String spec() {
        return prefix + SPEC;
    }

    /** {@code result.json}. */
    public String result() {
        return prefix + RESULT;
    }
}
