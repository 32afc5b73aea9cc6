import io.parzen.trainer.nn.FastPath;
import io.parzen.trainer.nn.Head;
import io.parzen.trainer.nn.NetConfig;
import io.parzen.trainer.nn.UNet;
import java.io.File;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DL4J half of the same-weights check: does the Java trainer's network compute what the PyTorch
 * twin computes, given the very same weights and batch? Builds the small U-Net exactly as training
 * does (the fast path included), writes its initial parameters, one batch and its labels as .npy,
 * then the loss and every gradient of that batch, and the parameters and losses after a few Adam
 * steps on it. {@code torch_unet.py same-weights DIR} loads the same files into the PyTorch net,
 * repeats the steps and prints the largest differences.
 *
 * <pre>
 * mvn -B -q -pl trainer-image -am package -DskipTests
 * java -cp "trainer-image/target/parzen-trainer.jar:trainer-image/target/lib/*" \
 *     trainer-image/compare/SameWeights.java DIR [baseline|grouped] [steps] [learning rate]
 * /usr/bin/python3 trainer-image/compare/torch_unet.py same-weights DIR
 * </pre>
 */
public class SameWeights {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        Head head = Head.parse(args.length > 1 ? args[1] : "baseline");
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double lr = args.length > 3 ? Double.parseDouble(args[3]) : 0.003;
        int m = head == Head.GROUPED ? 4 : 1;
        dir.mkdirs();
        FastPath.enable();
        NetConfig config = new NetConfig(64, 3, 16, 3, head, m, lr, 1.0, NetConfig.DEFAULT_CLASS_WEIGHTS, 1);
        ComputationGraph net = UNet.build(config);

        // A batch with learnable structure: class from the input's first two bands.
        Nd4j.getRandom().setSeed(7);
        int n = 8;
        INDArray x = Nd4j.rand(DataType.FLOAT, n, 3, 64, 64);
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, 3, 64, 64);
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < 64; h++) {
                for (int w = 0; w < 64; w++) {
                    float r = x.getFloat(i, 0, h, w);
                    float g = x.getFloat(i, 1, h, w);
                    y.putScalar(new int[] {i, r > 0.7f ? 1 : g > 0.8f ? 2 : 0, h, w}, 1f);
                }
            }
        }
        Nd4j.writeAsNumpy(x, new File(dir, "x.npy"));
        Nd4j.writeAsNumpy(y, new File(dir, "y.npy"));
        write(dir, "init_", net.paramTable());

        DataSet batch = new DataSet(x, y);
        net.setInputs(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        double score0 = net.score();
        write(dir, "grad_", net.gradient().gradientForVariable());
        try (PrintWriter out = new PrintWriter(new File(dir, "java.json"))) {
            StringBuilder scores = new StringBuilder();
            for (int s = 0; s < steps; s++) {
                net.fit(batch);
                scores.append(s == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.8g", net.score()));
            }
            out.printf(Locale.ROOT, "{\"head\": \"%s\", \"m\": %d, \"lr\": %s, \"steps\": %d, \"score0\": %.8g, \"scores\": [%s]}%n",
                    head.name().toLowerCase(Locale.ROOT), m, lr, steps, score0, scores);
        }
        write(dir, "after_", net.paramTable());
        Nd4j.writeAsNumpy(net.outputSingle(true, x).dup(), new File(dir, "probs_after.npy"));
    }

    private static void write(File dir, String prefix, Map<String, INDArray> arrays) throws Exception {
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            Nd4j.writeAsNumpy(e.getValue().dup('c').castTo(DataType.FLOAT), new File(dir, prefix + e.getKey() + ".npy"));
        }
    }
}
