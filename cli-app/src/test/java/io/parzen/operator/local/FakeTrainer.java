package io.parzen.operator.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import io.parzen.storage.TrialOutputWriter;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialResult;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the trainer that keeps its process and output contract (PARZEN_* environment,
 * S3 output, metrics.jsonl per epoch, result.json last) but computes a known loss instead of
 * training: valLoss at epoch e is (x - 3)^2 + 1/e. x above 8 crashes without a result, like a trial
 * that runs out of GPU memory. {@code dataset synth --out S3 --name N} writes a placeholder object.
 */
public final class FakeTrainer {
    private FakeTrainer() {}

    public static void main(String[] args) throws Exception {
        run(args);
        // Like the real trainer's picocli main: exit at once rather than wait for the S3 client's idle threads.
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        if (args.length > 1 && args[0].equals("dataset")) {
            String out = args[List.of(args).indexOf("--out") + 1];
            String name = args[List.of(args).indexOf("--name") + 1];
            try (ObjectStore store = ObjectStores.open(out, env)) {
                store.put("datasets/" + name + "/RGB-PanSharpen/placeholder.tif", new byte[] {1}, "image/tiff");
            }
            return;
        }
        int epochs = Integer.parseInt(args[List.of(args).indexOf("--epochs") + 1]);
        @SuppressWarnings("unchecked")
        Map<String, String> params = new ObjectMapper().readValue(env.get("PARZEN_PARAMS"), Map.class);
        double x = Double.parseDouble(params.get("x"));
        try (ObjectStore store = ObjectStores.open(env.get("PARZEN_OUTPUT"), env)) {
            TrialOutputWriter out = new TrialOutputWriter(store, TrialPaths.root());
            out.params(params);
            double best = Double.POSITIVE_INFINITY;
            int bestEpoch = 0;
            for (int e = 1; e <= epochs; e++) {
                Thread.sleep(40);
                if (x > 8 && e == 2) {
                    System.out.println("java.lang.OutOfMemoryError: simulated at x=" + x);
                    System.exit(3);
                }
                double loss = (x - 3) * (x - 3) + 1.0 / e;
                out.append(MetricsLine.of(e, loss, loss).withPlannedEpochs(epochs));
                if (loss < best) {
                    best = loss;
                    bestEpoch = e;
                }
            }
            out.result(TrialResult.succeeded("valLoss", best, bestEpoch, epochs, 0.1));
        }
    }
}
