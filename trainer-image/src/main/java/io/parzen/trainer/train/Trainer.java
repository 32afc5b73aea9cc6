package io.parzen.trainer.train;

import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.eval.PixelConfusion;
import io.parzen.trainer.nn.BatchNormRecalibration;
import io.parzen.trainer.nn.LrSchedule;
import io.parzen.trainer.nn.NetConfig;
import io.parzen.trainer.nn.UNet;
import io.parzen.trainer.nn.WeightAverage;
import io.parzen.trainer.train.output.ConsoleLine;
import io.parzen.trainer.train.output.Histograms;
import io.parzen.trainer.train.output.MaskPanel;
import io.parzen.trainer.train.output.TrialSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The training loop of one trial: per epoch, train on the training tiles, evaluate on the fixed
 * validation images, and report (metrics line, histograms, masks, TensorBoard, one console line);
 * at the end, the model and the result. A loss that is not finite ends the run with a failed result.
 */
public final class Trainer {

    /** Names of the per-class metrics, by class index. */
    static final String[] CLASS_NAMES = {"Background", "Building", "Border"};

    private final TrainOptions options;
    private final TrainData data;
    private final TrialSink sink;
    private final PrintWriter console;

    public Trainer(TrainOptions options, TrainData data, TrialSink sink, PrintWriter console) {
        this.options = options;
        this.data = data;
        this.sink = sink;
        this.console = console;
    }

    /** Trains and writes everything; returns the result written last. */
    public TrialResult run() throws IOException {
        long start = System.nanoTime();
        NetConfig config = options.net();
        Validation validation = data.validation(options.maskTiles(), config.classWeights());
        long stepsPerEpoch = data.stepsPerEpoch();
        LrSchedule schedule = options.recipe().lrSchedule(config.learningRate(), stepsPerEpoch * options.epochs());
        ComputationGraph net = UNet.build(config, schedule);
        WeightAverage average = options.recipe().weightAverage();
        Histograms histograms = new Histograms();
        histograms.start(net);
        console.printf(Locale.ROOT, "training %s on %d train / %d val images (%d validated whole), %,d parameters, "
                        + "%d steps of %d tiles per epoch, %s%n",
                config, data.split().train().size(), data.split().val().size(), validation.size(), net.numParams(),
                stepsPerEpoch, options.batch(), options.recipe());

        List<MetricsLine> lines = new ArrayList<>();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            MetricsLine line;
            try {
                line = epoch(epoch, net, average, schedule, validation, histograms);
            } catch (TrainingDiverged e) {
                TrialResult failed = TrialResult.failed(e.getMessage(), epoch - 1, seconds(start));
                sink.result(failed);
                return failed;
            }
            lines.add(line);
        }
        UNet.freezeLearningRates(net, net.getIterationCount() - 1);
        sink.model(net); // after the last epoch the network holds the weights validated last
        MetricsLine chosen = lines.get(lines.size() - 1);
        if (options.objective() == TrainOptions.Objective.BEST) {
            for (MetricsLine l : lines) {
                chosen = l.valLoss() < chosen.valLoss() ? l : chosen;
            }
        }
        TrialResult result = TrialResult.succeeded(MetricsLine.VAL_LOSS, chosen.valLoss(), chosen.epoch(),
                options.epochs(), seconds(start));
        sink.result(result);
        console.printf(Locale.ROOT, "done: %s valLoss %.4f at epoch %d, %.1f s%n",
                options.objective().name().toLowerCase(Locale.ROOT), chosen.valLoss(), chosen.epoch(), result.seconds());
        return result;
    }

    private MetricsLine epoch(int epoch, ComputationGraph net, WeightAverage average, LrSchedule schedule,
                              Validation validation, Histograms histograms)
            throws IOException {
        long start = System.nanoTime();
        long dataNanos = 0;
        double lossSum = 0;
        long tiles = 0;
        Iterator<TileBatch> batches = data.epoch(epoch);
        while (true) {
            long t = System.nanoTime();
            if (!batches.hasNext()) {
                break;
            }
            TileBatch b = batches.next();
            var ds = Tensors.dataSet(b, NetConfig.CLASSES);
            dataNanos += System.nanoTime() - t;
            net.fit(ds);
            if (average != null) {
                average.update(net);
            }
            double score = net.score(); // per tile: summed over its pixels
            if (!Double.isFinite(score)) {
                throw new TrainingDiverged(epoch, Double.isNaN(score) ? "NaN" : "infinite");
            }
            lossSum += score * b.n() / (b.height() * b.width());
            tiles += b.n();
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        double learningRate = schedule.at(net.getIterationCount() - 1); // the rate of the epoch's last step
        if (average != null) {
            average.swapIn(net); // validated (and reported in histograms) in place of the trained weights
        }
        long calibration = System.nanoTime();
        recalibrate(net);
        double calibrationSeconds = (System.nanoTime() - calibration) / 1e9;
        EpochEval eval;
        List<HistogramLine> hist;
        try {
            eval = validation.evaluate(net);
            hist = histograms.report(epoch, net);
        } finally {
            if (average != null && epoch < options.epochs()) {
                average.swapOut(net); // training goes on from the trained weights
            }
        }
        if (!Double.isFinite(eval.loss())) {
            throw new TrainingDiverged(epoch, "validation loss " + eval.loss());
        }
        // The planned count tells the early-stopping rules which epoch is the last: a trial is not stopped there.
        MetricsLine line = metrics(epoch, lossSum / tiles, eval)
                .withPlannedEpochs(options.epochs())
                .with("learningRate", learningRate)
                .with("trainSeconds", trainSeconds)
                .with("dataSeconds", dataNanos / 1e9)
                .with("bnSeconds", calibrationSeconds)
                .with("trainTiles", tiles)
                .with(MetricsLine.SECONDS, (System.nanoTime() - start) / 1e9);
        List<TrialSink.Mask> masks = new ArrayList<>();
        List<Tile> maskTiles = validation.maskTiles();
        for (int i = 0; i < maskTiles.size(); i++) {
            Tile tile = maskTiles.get(i);
            masks.add(new TrialSink.Mask(MaskPanel.name(tile), MaskPanel.png(tile, eval.masks().get(i)),
                    MaskPanel.width(tile.size()), MaskPanel.panel(tile.size())));
        }
        sink.epoch(line, hist, masks);
        console.println(ConsoleLine.format(line, options.epochs()));
        console.flush();
        return line;
    }

    /** Recomputes the batch-norm statistics for the weights in the network, as the recipe asks. */
    private void recalibrate(ComputationGraph net) {
        int bnBatches = options.recipe().bnBatches();
        if (bnBatches > 0) {
            Iterable<INDArray> images =
                    () -> Iterators.mapped(data.calibrationBatches(bnBatches).iterator(), Tensors::images);
            BatchNormRecalibration.apply(net, images);
        }
    }

    /** The metrics line of an epoch (without timings). */
    static MetricsLine metrics(int epoch, double trainLoss, EpochEval eval) {
        PixelConfusion px = eval.pixels();
        MetricsLine line = MetricsLine.of(epoch, trainLoss, eval.loss())
                .with(MetricsLine.VAL_IOU, px.iou(1))
                .with(MetricsLine.VAL_F1, px.f1(1))
                .with(MetricsLine.BUILDING_F1, eval.buildings().f1())
                .with("buildingPrecision", eval.buildings().precision())
                .with("buildingRecall", eval.buildings().recall())
                .with("valAccuracy", px.accuracy());
        for (int c = 0; c < CLASS_NAMES.length; c++) {
            line = line.with("iou" + CLASS_NAMES[c], px.iou(c)).with("f1" + CLASS_NAMES[c], px.f1(c));
        }
        return line;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
