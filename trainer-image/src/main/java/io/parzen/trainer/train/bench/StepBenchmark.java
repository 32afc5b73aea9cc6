package io.parzen.trainer.train.bench;

import io.parzen.trainer.nn.NetConfig;
import io.parzen.trainer.nn.UNet;
import java.util.Arrays;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Times {@code fit} steps of one network on one fixed random batch and reads the memory in use. */
public final class StepBenchmark {

    /** The small configuration (docs/stack.md): 64x64 tiles, base 16, depth 3 (batch 8). */
    public static final NetConfig SMALL = new NetConfig(64, 3, 16, 3, io.parzen.trainer.nn.Head.BASELINE, 1, 1e-3, 1,
            NetConfig.DEFAULT_CLASS_WEIGHTS, 1);
    /** The large configuration (docs/stack.md): 256x256 tiles, base 32, depth 4 (batch 4). */
    public static final NetConfig LARGE = new NetConfig(256, 3, 32, 4, io.parzen.trainer.nn.Head.BASELINE, 1, 1e-3, 1,
            NetConfig.DEFAULT_CLASS_WEIGHTS, 1);

    /** One measurement to make. */
    public record Case(String name, NetConfig net, int batch) {}

    /**
     * What was measured.
     *
     * @param medianMs median milliseconds per step
     * @param meanMs mean milliseconds per step
     * @param cpuMs process CPU milliseconds per step (all threads, native oneDNN/OpenMP threads included)
     *     over the timed steps: unlike wall time, barely moved by other processes on a shared machine
     * @param heapMb JVM heap in use after the steps (MB)
     * @param rssMb the process's resident set now: heap, ND4J's off-heap buffers and workspaces, native
     *     libraries, code (MB)
     * @param peakRssMb the process's peak resident set so far (VmHWM, MB): what must fit the memory limit
     */
    public record Result(Case c, long params, double medianMs, double meanMs, double cpuMs, double heapMb, double rssMb, double peakRssMb) {
        /** Column names of {@link #row()}. */
        public static final String HEADER = String.format(Locale.ROOT, "%-6s %-9s %5s %4s %5s %11s %10s %10s %10s %8s %9s %12s",
                "config", "head", "tile", "base", "batch", "params", "median ms", "mean ms", "CPU ms", "heap MB", "RSS MB", "peak RSS MB");

        /** One table row. */
        public String row() {
            NetConfig n = c.net();
            return String.format(Locale.ROOT, "%-6s %-9s %5d %4d %5d %,11d %10.1f %10.1f %10.1f %8.0f %9.0f %12.0f",
                    c.name(), n.head().label() + (n.filtersPerClass() > 1 ? "/" + n.filtersPerClass() : ""), n.tile(),
                    n.baseFilters(), c.batch(), params, medianMs, meanMs, cpuMs, heapMb, rssMb, peakRssMb);
        }
    }

    private StepBenchmark() {}

    /** The peak resident set of this process from /proc (Linux), in MB. */
    static java.util.OptionalDouble peakRssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return java.util.OptionalDouble.of(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: fall back to the current resident set
        }
        return java.util.OptionalDouble.empty();
    }

    /** CPU time of the whole process (every thread, native ones too) in nanoseconds; -1 when unknown. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Builds the network, runs {@code warmup} untimed and {@code steps} timed steps. */
    public static Result run(Case c, int warmup, int steps) {
        NetConfig n = c.net();
        ComputationGraph net = UNet.build(n);
        Nd4j.getRandom().setSeed(1);
        INDArray x = Nd4j.rand(DataType.FLOAT, c.batch(), n.channels(), n.tile(), n.tile());
        INDArray y = Nd4j.zeros(DataType.FLOAT, c.batch(), NetConfig.CLASSES, n.tile(), n.tile());
        INDArray cls = Nd4j.rand(DataType.FLOAT, c.batch(), 1, n.tile(), n.tile());
        for (int k = 0; k < NetConfig.CLASSES; k++) {
            // class k where k/3 <= u < (k+1)/3
            INDArray in = cls.gte((double) k / 3).castTo(DataType.FLOAT).mul(cls.lt((double) (k + 1) / 3).castTo(DataType.FLOAT));
            y.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(k))
                    .assign(in.reshape(c.batch(), n.tile(), n.tile()));
        }
        DataSet ds = new DataSet(x, y);
        for (int i = 0; i < warmup; i++) {
            net.fit(ds);
        }
        double[] ms = new double[steps];
        long cpu0 = processCpuNanos();
        for (int i = 0; i < steps; i++) {
            long t = System.nanoTime();
            net.fit(ds);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        long cpu1 = processCpuNanos();
        double cpuMs = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e6 / steps;
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[steps / 2];
        double mean = Arrays.stream(ms).average().orElse(Double.NaN);
        Runtime rt = Runtime.getRuntime();
        double heap = (rt.totalMemory() - rt.freeMemory()) / 1e6;
        double rss = Pointer.physicalBytes() / 1e6;
        return new Result(c, net.numParams(), median, mean, cpuMs, heap, rss, peakRssMb().orElse(rss));
    }
}
