package io.parzen.trainer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.storage.embedded.EmbeddedS3Server;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.TrialOutput;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialResult;
import io.parzen.trainer.TrainerCli;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import io.parzen.trainer.data.synth.SynthConfig;
import io.parzen.trainer.data.synth.SyntheticSpaceNet;
import io.parzen.trainer.nn.UNet;
import io.parzen.trainer.train.cli.TrainCommand;
import io.parzen.trainer.train.output.MaskPanel;
import io.parzen.trainer.tensorboard.EventReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.Event;
import org.tensorflow.proto.HistogramProto;
import org.tensorflow.proto.Summary;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains the small configuration (64x64 tiles, base 16, depth 3, batch 8; grouped head, m = 2) on
 * synthetic SpaceNet tiles for six epochs, reading data from a folder and writing to the embedded S3
 * server with the environment an operator sets, then checks that it learned and every output file.
 */
class TrainRunTest {

    static final int EPOCHS = 6;
    static final String TRIAL = "studies/s/trials/s-0000/";

    static Path dir;
    static EmbeddedS3Server s3;
    static int exit;
    static String console;
    static TrialOutput output;
    static ObjectStore bucket;
    static Map<String, String> env;
    static String[] args;

    @BeforeAll
    static void train() throws Exception {
        dir = Files.createTempDirectory("parzen-train-run");
        Path data = dir.resolve("data");
        try (ObjectStore store = ObjectStores.open(data.toString(), Map.of())) {
            SyntheticSpaceNet.write(store, SynthConfig.of("synthetic", 24, 3, 128));
        }
        s3 = EmbeddedS3Server.start(dir.resolve("s3"), "trials");
        env = new HashMap<>(s3.settings().toEnv());
        env.put("PARZEN_OUTPUT", s3.location() + TRIAL);
        env.put("PARZEN_PARAMS", "{\"learningRate\": 0.003, \"head\": \"grouped\", \"filters_per_class\": 2, "
                + "\"epochs\": " + EPOCHS + "}");
        env.put("PARZEN_BATCH", "8");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = TrainerCli.commandLine(env);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        args = new String[] {"train", "--data", data.toString(), "--tile", "64", "--base-filters", "16", "--depth", "3"};
        exit = cl.execute(args);
        console = out + err.toString();
        bucket = s3.openStore("");
        output = new TrialOutput(bucket, TrialPaths.under(TRIAL));
    }

    @AfterAll
    static void stop() throws Exception {
        if (bucket != null) {
            bucket.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void succeedsWithOneConsoleLinePerEpoch() {
        assertEquals(0, exit, console);
        List<String> epochLines = console.lines().filter(l -> l.startsWith("epoch ")).toList();
        assertEquals(EPOCHS, epochLines.size(), console);
    }

    @Test
    void learns() throws Exception {
        List<MetricsLine> m = output.metrics();
        assertEquals(EPOCHS, m.size());
        assertTrue(m.get(EPOCHS - 1).trainLoss() < 0.8 * m.get(0).trainLoss(), "train loss falls: " + m);
        double bestIoU = m.stream().mapToDouble(l -> l.metric(MetricsLine.VAL_IOU).orElseThrow()).max().orElseThrow();
        // Predicting background everywhere gives a building IoU of 0.
        assertTrue(bestIoU > 0.2, "best val building IoU " + bestIoU);
        double minVal = m.stream().mapToDouble(MetricsLine::valLoss).min().orElseThrow();
        assertTrue(minVal < m.get(0).valLoss(), "val loss falls below the first epoch's");
    }

    @Test
    void metricsLinesFollowTheSchema() throws Exception {
        List<MetricsLine> m = output.metrics();
        Set<String> keys = Set.of("valIoU", "valF1", "buildingF1", "buildingPrecision", "buildingRecall",
                "valAccuracy", "iouBackground", "iouBuilding", "iouBorder", "f1Background", "f1Building", "f1Border",
                "seconds", "trainSeconds", "dataSeconds", "trainTiles", "learningRate", "bnSeconds");
        for (int i = 0; i < m.size(); i++) {
            MetricsLine l = m.get(i);
            assertEquals(i + 1, l.epoch());
            assertEquals(EPOCHS, l.plannedEpochs(), "every line states the epochs asked for (PARZEN_PARAMS' epochs)");
            assertEquals(keys, l.extras().keySet());
            assertTrue(Double.isFinite(l.trainLoss()) && l.trainLoss() > 0);
            assertTrue(Double.isFinite(l.valLoss()) && l.valLoss() > 0);
            for (String k : keys) {
                double v = l.extras().get(k);
                assertTrue(v >= 0 && Double.isFinite(v), k + " = " + v);
                if (k.startsWith("iou") || k.startsWith("f1") || k.startsWith("val") || k.startsWith("building")
                        || k.equals("learningRate")) {
                    assertTrue(v <= 1, k + " = " + v);
                }
            }
            assertEquals(64, l.extras().get("trainTiles"));
            if (i > 0) {
                assertTrue(l.extras().get("learningRate") < m.get(i - 1).extras().get("learningRate"),
                        "the cosine schedule lowers the rate every epoch: " + m);
            }
        }
        assertTrue(m.get(m.size() - 1).extras().get("learningRate") < 0.003 * 0.01, "it ends near 0");
    }

    @Test
    void resultIsTheBestValidationLoss() throws Exception {
        TrialResult r = output.result().orElseThrow();
        assertTrue(r.succeeded());
        assertEquals(MetricsLine.VAL_LOSS, r.metric());
        assertEquals(EPOCHS, r.epochs());
        MetricsLine best = output.metrics().stream().min((a, b) -> Double.compare(a.valLoss(), b.valLoss())).orElseThrow();
        assertEquals(best.epoch(), r.bestEpoch());
        assertEquals(best.valLoss(), r.objective(), 1e-12);
    }

    @Test
    void paramsRecordWhatTheRunReceived() throws Exception {
        Map<String, String> p = output.params();
        assertEquals("0.003", p.get("learning-rate"));
        assertEquals("grouped", p.get("head"));
        assertEquals("2", p.get("filters-per-class"));
        assertEquals("64", p.get("tile"));
        assertEquals("8", p.get("batch"));
        assertEquals(s3.location() + TRIAL, p.get("output"));
    }

    @Test
    void histogramsCoverEveryLayerEveryEpoch() throws Exception {
        List<HistogramLine> h = output.histograms();
        Map<Integer, List<HistogramLine>> byEpoch = h.stream().collect(Collectors.groupingBy(HistogramLine::epoch));
        assertEquals(EPOCHS, byEpoch.size());
        Set<String> first = byEpoch.get(1).stream().map(l -> l.layer() + "/" + l.param()).collect(Collectors.toSet());
        assertTrue(first.containsAll(Set.of("enc0_conv1/W", "enc3_conv2/W", "dec0_conv2/W", "enc0_bn1/gamma",
                "enc0_bn1/beta", "head/W", "head/b")), first.toString());
        assertEquals(7 * 2 + 2, first.stream().filter(k -> k.endsWith("/W") || k.endsWith("/b")).count(),
                "7 double blocks of 2 convolutions (W only, batch norm follows) and the head's W and b: " + first);
        assertEquals(7 * 2, first.stream().filter(k -> k.endsWith("/gamma")).count());
        Map<String, HistogramLine> byKey = new HashMap<>();
        for (HistogramLine l : h) {
            long n = 0;
            for (long c : l.counts()) {
                n += c;
            }
            assertTrue(n > 0);
            double[] e = l.edges();
            for (int i = 1; i < e.length; i++) {
                assertTrue(e[i] > e[i - 1]);
            }
            assertTrue(l.std() >= 0 && l.normalDistance() >= 0 && l.normalDistance() <= 1);
            assertNotNull(l.change(), "change since the previous epoch (epoch 1: since initialisation)");
            assertNotNull(l.relativeChange(), "relative change since the previous epoch");
            assertTrue(l.change() >= 0 && l.relativeChange() >= 0, l.toString());
            HistogramLine before = byKey.put(l.layer() + "/" + l.param(), l);
            if (before != null && Double.isFinite(l.relativeChange())) {
                // Wasserstein-1 <= mean |W_e - W_e-1| <= RMS(W_e - W_e-1) = relativeChange * RMS(W_e-1)
                double rms = Math.sqrt(before.mean() * before.mean() + before.std() * before.std());
                assertTrue(l.change() <= l.relativeChange() * rms * (1 + 1e-6) + 1e-9, before + " -> " + l);
            }
        }
    }

    @Test
    void masksShowImageTruthAndPredictionEachEpoch() throws Exception {
        for (int e = 1; e <= EPOCHS; e++) {
            List<String> keys = output.masks(e);
            assertEquals(4, keys.size(), "epoch " + e);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bucket.get(keys.get(0))));
            int panel = MaskPanel.panel(64);
            assertEquals(256, panel, "a 64 px tile is drawn 4x");
            assertEquals(MaskPanel.width(64), img.getWidth());
            assertEquals(panel, img.getHeight());
            Set<Integer> palette = Set.of(MaskPanel.PALETTE[0], MaskPanel.PALETTE[1], MaskPanel.PALETTE[2]);
            boolean buildingInTruth = false;
            for (int y = 0; y < panel; y += 7) {
                for (int x = 0; x < panel; x += 7) {
                    int truth = img.getRGB(panel + MaskPanel.GAP + x, y) & 0xFFFFFF;
                    assertTrue(palette.contains(truth));
                    assertTrue(palette.contains(img.getRGB(2 * (panel + MaskPanel.GAP) + x, y) & 0xFFFFFF));
                    buildingInTruth |= truth == MaskPanel.PALETTE[1];
                }
            }
            assertTrue(buildingInTruth, "mask tiles are chosen among those with buildings: " + keys.get(0));
        }
    }

    @Test
    void modelZipRestores() throws Exception {
        Path zip = dir.resolve("model.zip");
        Files.write(zip, bucket.get(TRIAL + "model.zip"));
        ComputationGraph net = ModelSerializer.restoreComputationGraph(zip.toFile(), false);
        assertNotNull(net.getVertex(UNet.GROUP_SUM));
        assertArrayEquals(new long[] {1, 3, 64, 64}, net.outputSingle(Nd4j.rand(DataType.FLOAT, 1, 3, 64, 64)).shape());
    }

    /**
     * The saved model is the one validated last (the weight average, with the batch-norm statistics
     * recomputed for it), not the weights training ended on: validating the restored model again
     * gives the last epoch's validation loss.
     */
    @Test
    void savedModelIsTheModelValidatedLast() throws Exception {
        Path zip = dir.resolve("model-validated.zip");
        Files.write(zip, bucket.get(TRIAL + "model.zip"));
        ComputationGraph net = ModelSerializer.restoreComputationGraph(zip.toFile(), false);
        TrainCommand cmd = (TrainCommand) TrainerCli.commandLine(env).parseArgs(args).subcommand().commandSpec().userObject();
        TrainOptions options = cmd.options();
        assertTrue(options.recipe().emaDecay() > 0, "the default recipe averages the weights");
        try (ObjectStore data = ObjectStores.open(dir.resolve("data").toString(), Map.of())) {
            TrainData trainData = new TrainData(SpaceNetDataset.open(data, "synthetic"), options);
            double loss = trainData.validation(0, options.net().classWeights()).evaluate(net).loss();
            double last = output.metrics().get(EPOCHS - 1).valLoss();
            assertEquals(last, loss, 1e-3 * last, "validation loss of the saved model");
        }
    }

    @Test
    void tensorBoardFileDecodesWithValidCrcs() throws Exception {
        List<String> files = bucket.list(TRIAL + "tensorboard/");
        assertEquals(1, files.size());
        assertTrue(files.get(0).substring(files.get(0).lastIndexOf('/') + 1).startsWith("events.out.tfevents."));
        List<EventReader.Event> events = EventReader.records(bucket.get(files.get(0))).stream()
                .map(EventReader::event).toList();
        assertEquals("brain.Event:2", events.get(0).fileVersion());
        List<EventReader.Event> trainLoss = events.stream().filter(e -> "trainLoss".equals(e.tag())).toList();
        assertEquals(EPOCHS, trainLoss.size());
        List<MetricsLine> m = output.metrics();
        for (int i = 0; i < EPOCHS; i++) {
            assertEquals(i + 1, trainLoss.get(i).step());
            assertEquals((float) m.get(i).trainLoss(), trainLoss.get(i).scalar());
        }
        EventReader.Event hist = events.stream().filter(e -> "head/W".equals(e.tag())).findFirst().orElseThrow();
        assertEquals(hist.bucketLimits().length, hist.buckets().length);
        EventReader.Event image = events.stream().filter(e -> e.imagePng() != null).findFirst().orElseThrow();
        assertTrue(image.tag().startsWith("masks/"));
        assertEquals(MaskPanel.width(64), ImageIO.read(new ByteArrayInputStream(image.imagePng())).getWidth());
    }

    /**
     * Every record parses as TensorBoard's own {@code Event} protobuf (TensorFlow's generated
     * classes, not our reader), with the values the trainer wrote: a wrong field number or wire
     * type would fail here even where our own reader agrees with our writer.
     */
    @Test
    void tensorFlowsOwnEventClassesReadEveryRecord() throws Exception {
        String key = bucket.list(TRIAL + "tensorboard/").get(0);
        List<Event> events = new java.util.ArrayList<>();
        for (byte[] record : EventReader.records(bucket.get(key))) {
            Event e = Event.parseFrom(record);
            assertTrue(e.getUnknownFields().asMap().isEmpty(), "fields TensorBoard does not know: " + e);
            events.add(e);
        }
        assertEquals("brain.Event:2", events.get(0).getFileVersion());
        List<MetricsLine> m = output.metrics();
        Map<String, List<Summary.Value>> byTag = new HashMap<>();
        Map<String, List<Long>> steps = new HashMap<>();
        for (Event e : events.subList(1, events.size())) {
            assertTrue(e.hasSummary(), e.toString());
            assertTrue(e.getWallTime() > 1.7e9, "wall time in seconds since the epoch: " + e.getWallTime());
            for (Summary.Value v : e.getSummary().getValueList()) {
                assertTrue(v.getUnknownFields().asMap().isEmpty(), v.toString());
                byTag.computeIfAbsent(v.getTag(), t -> new java.util.ArrayList<>()).add(v);
                steps.computeIfAbsent(v.getTag(), t -> new java.util.ArrayList<>()).add(e.getStep());
            }
        }
        List<Summary.Value> loss = byTag.get("trainLoss");
        assertEquals(EPOCHS, loss.size());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps.get("trainLoss"));
        for (int i = 0; i < EPOCHS; i++) {
            assertEquals(Summary.Value.ValueCase.SIMPLE_VALUE, loss.get(i).getValueCase());
            assertEquals((float) m.get(i).trainLoss(), loss.get(i).getSimpleValue());
        }
        HistogramProto head = byTag.get("head/W").get(EPOCHS - 1).getHisto();
        long weights = ModelSerializer.restoreComputationGraph(
                new ByteArrayInputStream(bucket.get(TRIAL + "model.zip")), false).getLayer(UNet.HEAD).getParam("W").length();
        assertEquals(weights, (long) head.getNum(), "every head weight counted");
        assertEquals(head.getBucketLimitCount(), head.getBucketCount());
        assertEquals(head.getNum(), head.getBucketList().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(head.getMin() <= head.getMax() && head.getSumSquares() >= 0, head.toString());
        Summary.Value mask = byTag.entrySet().stream().filter(en -> en.getKey().startsWith("masks/"))
                .findFirst().orElseThrow().getValue().get(0);
        assertEquals(Summary.Value.ValueCase.IMAGE, mask.getValueCase());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(mask.getImage().getEncodedImageString().toByteArray()));
        assertEquals(png.getWidth(), mask.getImage().getWidth());
        assertEquals(png.getHeight(), mask.getImage().getHeight());
    }
}
