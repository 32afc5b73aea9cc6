import io.parzen.trainer.nn.*;
import io.parzen.trainer.train.bench.StepBenchmark;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import java.lang.management.*;
import java.util.*;
/**
 * A/B harness for training-step changes that a configuration switch can express: builds several variants
 * of the small U-Net in one JVM and runs one {@code fit} step of each in turn, so that other load on the
 * machine hits every variant alike. Prints per variant the median and minimum wall and main-thread CPU
 * milliseconds per step and the final score (equal scores: the variants computed the same thing).
 *
 * <p>Variants are names containing any of: {@code nocache} (cache mode NONE), {@code moments}
 * (FastPath.install), {@code direct} (FastPath.installUpdater), {@code stockrelu} (DL4J's ActivationReLU), {@code wsnone} (training workspace mode
 * NONE), {@code nd4jbn} (batch statistics and backward pass by libnd4j's moments and batchnorm_bp, not BatchNormStatistics and BatchNormBackward); e.g. {@code nocache-stockrelu} is the network before this work's changes.
 *
 * <pre>
 * mvn -B -q -pl trainer-image -am package -DskipTests
 * OMP_NUM_THREADS=1 java -Xmx3g -cp "trainer-image/target/parzen-trainer.jar:trainer-image/target/lib/*" \
 *     trainer-image/compare/InterleavedSteps.java baseline 30 nocache-stockrelu moments
 * </pre>
 */
public class InterleavedSteps {
  public static void main(String[] a) throws Exception {
    FastPath.enable();
    String head = a[0]; int rounds = Integer.parseInt(a[1]);
    List<String> names = new ArrayList<>(); List<ComputationGraph> nets = new ArrayList<>();
    NetConfig n = StepBenchmark.SMALL.withHead(Head.parse(head), head.equals("grouped") ? 4 : 1);
    for (int i = 2; i < a.length; i++) {
      String v = a[i];
      ComputationGraphConfiguration conf = UNet.configuration(n);
      if (v.contains("nocache")) conf.setCacheMode(CacheMode.NONE);
      if (v.contains("wsnone")) conf.setTrainingWorkspaceMode(org.deeplearning4j.nn.conf.WorkspaceMode.NONE);
      if (v.contains("stockrelu")) for (var gv : conf.getVertices().values())
        if (gv instanceof org.deeplearning4j.nn.conf.graph.LayerVertex lv && lv.getLayerConf().getLayer() instanceof org.deeplearning4j.nn.conf.layers.ActivationLayer al)
          al.setActivationFn(new org.nd4j.linalg.activations.impl.ActivationReLU());
      ComputationGraph net = new ComputationGraph(conf); net.init();
      if (v.contains("moments")) FastPath.install(net);
      if (v.contains("direct")) FastPath.installUpdater(net);
      if (v.contains("nd4jbn")) for (var l : net.getLayers()) if (l instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization bn) {
        var f = FastBatchNormHelper.class.getDeclaredField("javaPasses"); f.setAccessible(true); f.set(bn.getHelper(), false); }
      names.add(v); nets.add(net);
    }
    Nd4j.getRandom().setSeed(1);
    int b = 8;
    INDArray x = Nd4j.rand(DataType.FLOAT, b, 3, 64, 64);
    INDArray y = Nd4j.zeros(DataType.FLOAT, b, 3, 64, 64);
    for (int i=0;i<b;i++) for (int h=0;h<64;h++) for (int w=0;w<64;w++) y.putScalar(new int[]{i,(i+h*w+h)%3,h,w},1f);
    DataSet ds = new DataSet(x, y);
    ThreadMXBean tm = ManagementFactory.getThreadMXBean();
    for (ComputationGraph net : nets) for (int i=0;i<10;i++) net.fit(ds);
    int k = nets.size();
    double[][] wall = new double[k][rounds], cpu = new double[k][rounds];
    for (int r=0;r<rounds;r++) for (int j0=0;j0<k;j0++) { int j=(j0+r)%k;
      long c0=tm.getCurrentThreadCpuTime(), t0=System.nanoTime();
      nets.get(j).fit(ds);
      wall[j][r]=(System.nanoTime()-t0)/1e6; cpu[j][r]=(tm.getCurrentThreadCpuTime()-c0)/1e6; }
    for (int j=0;j<k;j++) { double[] w=wall[j].clone(), c=cpu[j].clone(); Arrays.sort(w); Arrays.sort(c);
      System.out.printf("%-16s wall med %6.1f min %6.1f | main-thread CPU med %6.1f min %6.1f  score %.4f%n", names.get(j), w[rounds/2], w[0], c[rounds/2], c[0], nets.get(j).score()); }
  }
}
