package io.parzen.tpe.bench;

import io.parzen.tpe.Observation;
import io.parzen.tpe.RandomSampler;
import io.parzen.tpe.TpeSampler;
import io.parzen.tpe.TpeSettings;
import io.parzen.tpe.TrialState;
import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one TPE suggestion with 100, 1,000 and 10,000 observations in a 6-parameter space
 * with one categorical (the shape of a real training config), the last 8 trials in flight. With
 * {@code sharpened}, the categorical is left out and nothing is in flight: the path on which the
 * sharpened l(x) applies (docs/tpe.md). Run with {@code tpe-bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuggestBenchmark {
    static final SearchSpace SPACE = SearchSpace.of(
            new Parameter("lr", NumericDistribution.loguniform(1e-5, 1e-1)),
            new Parameter("dropout", NumericDistribution.uniform(0, 0.5)),
            new Parameter("filters", NumericDistribution.quniform(3, 120, 1)),
            new Parameter("depth", NumericDistribution.integer(2, 6)),
            new Parameter("batch", NumericDistribution.qloguniform(8, 256, 8)),
            new Parameter("optimizer", new CategoricalDistribution(List.of("adam", "sgd", "rmsprop"))));

    @Param({"100", "1000", "10000"})
    public int observations;

    @Param({"false", "true"})
    public boolean multivariate;

    @Param({"false", "true"})
    public boolean sharpened;

    private SearchSpace space;

    private List<Observation> history;
    private TpeSampler sampler;
    private int index;

    @Setup
    public void setUp() {
        RandomSampler random = new RandomSampler(1);
        SplittableRandom rng = new SplittableRandom(2);
        history = new ArrayList<>();
        space = sharpened ? new SearchSpace(SPACE.parameters().subList(0, 5)) : SPACE;
        for (int i = 0; i < observations; i++) {
            Map<String, Object> params = random.suggest(space, List.of(), i);
            // A realistic mix: mostly finished trials, a few failed, the last few still running.
            boolean running = !sharpened && i >= observations - 8;
            TrialState state = running ? TrialState.RUNNING : rng.nextInt(20) == 0 ? TrialState.FAILED : TrialState.SUCCEEDED;
            double value = state == TrialState.SUCCEEDED ? rng.nextDouble() : Double.NaN;
            history.add(new Observation(i, params, state, value));
        }
        sampler = new TpeSampler(TpeSettings.defaults(3).withMultivariate(multivariate));
        index = observations;
    }

    @Benchmark
    public Map<String, Object> suggest() {
        return sampler.suggest(space, history, index++);
    }
}
