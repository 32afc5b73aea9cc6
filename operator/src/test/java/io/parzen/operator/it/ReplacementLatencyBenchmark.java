package io.parzen.operator.it;

import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.parzen.operator.ParzenOperator;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (a main class, not a test): a 1,000-trial study with parallelism 100 on the mock API
 * server with the embedded S3 server and the Job-controller double, all in this JVM. Measures the
 * time from a Job's success (the double writing its Complete status) to the creation of its
 * replacement Trial (seen by a watch), pairing the k-th completion with the (100+k)-th creation
 * (both in time order), and the heap (peak sampled every 100 ms, and after a full GC at the end).
 * An optional warm-up study runs first in the same operator, so the measured study sees a JVM
 * that has compiled its hot code, as a long-running operator's does (the JIT otherwise takes a
 * third of two cores during the first minutes). Arguments: [trials] [parallelism] [min epoch ms]
 * [max epoch ms] [warm-up trials]. See docs/benchmarks.md.
 */
public final class ReplacementLatencyBenchmark {
    private ReplacementLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long minMs = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        long maxMs = args.length > 3 ? Long.parseLong(args[3]) : 4000;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String ns = "bench";
        Map<String, Long> created = new ConcurrentHashMap<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try (Harness h = new Harness();
                JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store, (n, p) -> {
                    SplittableRandom r = new SplittableRandom(n.hashCode());
                    return TrialScript.succeed(r.nextLong(minMs, maxMs + 1), r.nextDouble());
                }, parallelism + 8)) {
            h.secret(ns);
            Watch watch = h.client.resources(Trial.class).inNamespace(ns).watch(new Watcher<>() {
                @Override
                public void eventReceived(Action action, Trial t) {
                    if (action == Action.ADDED && "b".equals(t.getSpec().getStudy())) {
                        created.putIfAbsent(t.getMetadata().getName(), System.nanoTime());
                    }
                }

                @Override
                public void onClose(WatcherException e) {}
            });
            ParzenOperator.Settings settings = new ParzenOperator.Settings(Set.of(ns), null,
                    Duration.ofSeconds(5), 10);
            try (ParzenOperator op = new ParzenOperator(h.client, settings)) {
                op.start();
                if (warmup > 0) {
                    runStudy(h, ns, "w", warmup, parallelism);
                    jobs.completedNanos.clear();
                    jobs.completingNanos.clear();
                    System.out.printf(Locale.ROOT, "warm-up study of %d trials done%n", warmup);
                }
                long[] before = {op.metrics().replacements(), op.metrics().replacementsWithin(0.025),
                    op.metrics().replacementsWithin(0.05), op.metrics().replacementsWithin(0.1)};
                long start = System.nanoTime();
                peak.set(0);
                runStudy(h, ns, "b", trials, parallelism);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                Thread.sleep(200);
                long after = memory.getHeapMemoryUsage().getUsed();
                List<Long> made = new ArrayList<>(created.values());
                Collections.sort(made);
                List<Double> latencies = pairs(jobs.completedNanos.values(), made, parallelism);
                List<Double> fromWriteStart = pairs(jobs.completingNanos.values(), made, parallelism);
                System.out.printf(Locale.ROOT, "trials %d, parallelism %d, epoch %d-%d ms, wall %.1f s, jobs max running %d%n",
                        made.size(), parallelism, minMs, maxMs, seconds, jobs.maxRunning());
                System.out.printf(Locale.ROOT, "job success (Complete status stored) -> replacement trial seen by a watch: n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        latencies.size(), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies.get(latencies.size() - 1));
                System.out.printf(Locale.ROOT, "  the same from the start of the status write (its GET and update round trips included): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
                        pct(fromWriteStart, 50), pct(fromWriteStart, 90), pct(fromWriteStart, 99));
                System.out.printf(Locale.ROOT, "heap (whole JVM: operator + mock API server + S3 + double): peak %.0f MiB, after GC %.0f MiB%n",
                        peak.get() / 1048576.0, after / 1048576.0);
                long n = op.metrics().replacements() - before[0];
                System.out.printf(Locale.ROOT, "operator side (Job event seen -> Trial created, parzen_replacement_seconds): n=%d,"
                        + " <= 25 ms %.1f%%, <= 50 ms %.1f%%, <= 100 ms %.1f%%%n", n,
                        100.0 * (op.metrics().replacementsWithin(0.025) - before[1]) / n,
                        100.0 * (op.metrics().replacementsWithin(0.05) - before[2]) / n,
                        100.0 * (op.metrics().replacementsWithin(0.1) - before[3]) / n);
                System.out.println(op.metrics().scrape().lines().filter(l -> l.startsWith("parzen_suggestion_seconds_sum")
                        || l.startsWith("parzen_suggestion_seconds_count") || l.startsWith("parzen_reconciles")).toList());
            }
            watch.close();
        }
        System.exit(0);
    }

    /** Creates a study and waits until it succeeded. */
    private static void runStudy(Harness h, String ns, String name, int trials, int parallelism) {
        h.client.resource(h.study(ns, name, "/spec/maxTrials", String.valueOf(trials),
                "/spec/parallelism", String.valueOf(parallelism), "/spec/maxFailedTrials", "0")).create();
        Harness.await(Duration.ofMinutes(15), () -> {
            Study s = h.get(ns, name);
            return s.getStatus() != null && "Succeeded".equals(s.getStatus().getPhase());
        }, () -> "study " + name + " finished");
    }

    /** Pairs the k-th completion with the (parallelism + k)-th creation, both in time order; sorted latencies in ms. */
    private static List<Double> pairs(java.util.Collection<Long> completions, List<Long> made, int parallelism) {
        List<Long> done = new ArrayList<>(completions);
        Collections.sort(done);
        List<Double> latencies = new ArrayList<>();
        for (int k = 0; k + parallelism < made.size() && k < done.size(); k++) {
            latencies.add((made.get(k + parallelism) - done.get(k)) / 1e6);
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
