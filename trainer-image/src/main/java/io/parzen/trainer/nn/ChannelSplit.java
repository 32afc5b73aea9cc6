package io.parzen.trainer.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs a {@link ChannelTask} with its channels split among as many threads as libnd4j uses
 * ({@code OMP_NUM_THREADS}, else the cores), at most the CPUs the process may use (its quota), the
 * calling thread included. System property
 * {@value #THREADS_PROPERTY} overrides the count.
 */
final class ChannelSplit implements AutoCloseable {

    static final String THREADS_PROPERTY = "parzen.batchnorm.threads";

    /** Below this many values per thread, handing work to another thread costs more than it saves. */
    static final long MIN_VALUES_PER_THREAD = 32_768;

    /** The split every batch-norm layer uses. */
    static final ChannelSplit SHARED = new ChannelSplit(Integer.getInteger(THREADS_PROPERTY,
            Math.min(Nd4j.getEnvironment().maxThreads(), Runtime.getRuntime().availableProcessors())));

    private final int threads;
    private final ExecutorService helpers;

    ChannelSplit(int threads) {
        this.threads = Math.max(1, threads);
        this.helpers = this.threads < 2 ? null : Executors.newFixedThreadPool(this.threads - 1, work -> {
            Thread t = new Thread(work, "parzen-batchnorm");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    /** Runs {@code task} over all its channels, split by the tensor's size. */
    void run(ChannelTask task) {
        int channels = task.shape().channels();
        int parts = (int) Math.min(Math.min(threads, channels), Math.max(1, task.shape().size() / MIN_VALUES_PER_THREAD));
        if (parts < 2) {
            task.run(0, channels);
            return;
        }
        List<Future<?>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = channels * p / parts;
            int to = channels * (p + 1) / parts;
            others.add(helpers.submit(() -> task.run(from, to)));
        }
        task.run(0, channels / parts);
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted in a batch-norm pass", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("batch-norm pass failed", e.getCause());
            }
        }
    }
}
