package io.parzen.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.tpe.estimator.BandwidthRule;
import io.parzen.tpe.estimator.CategoricalKernel;
import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.InvalidSpaceException;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import io.parzen.tpe.space.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TpeSamplerTest {
    private static final SearchSpace LINE = SearchSpace.of(new Parameter("x", NumericDistribution.uniform(0, 10)));

    @ParameterizedTest(name = "linear n={0} -> {1}")
    @CsvSource({"0, 0", "1, 1", "10, 1", "11, 2", "20, 2", "50, 5", "100, 10", "400, 25"})
    void linearGammaRule(int n, int expected) {
        assertEquals(expected, GammaRule.LINEAR.goodCount(n));
    }

    @ParameterizedTest(name = "sqrt n={0} -> {1}")
    @CsvSource({"0, 0", "1, 1", "20, 2", "100, 3", "400, 5", "1000, 8", "100000, 25"})
    void sqrtGammaRule(int n, int expected) {
        assertEquals(expected, GammaRule.SQRT.goodCount(n));
    }

    @Test
    void splitRanksStablyAndSendsFailuresAndLiarsToTheBadGroup() {
        List<Observation> history = List.of(
                Observation.succeeded(0, Map.of("x", 1.0), 5.0),
                Observation.succeeded(1, Map.of("x", 2.0), 1.0),
                Observation.succeeded(2, Map.of("x", 3.0), 1.0),
                Observation.failed(3, Map.of("x", 4.0)),
                Observation.pending(4, Map.of("x", 5.0)),
                new Observation(5, Map.of("x", 6.0), TrialState.EARLY_STOPPED, 9.0));
        Split withLiar = Split.of(history, GammaRule.LINEAR, true);
        assertEquals(List.of(1), withLiar.good().stream().map(Observation::trial).toList(), "tie: lower trial first");
        assertEquals(List.of(0, 2, 3, 4, 5), withLiar.bad().stream().map(Observation::trial).toList());
        Split noLiar = Split.of(history, GammaRule.LINEAR, false);
        assertEquals(List.of(0, 2, 3, 5), noLiar.bad().stream().map(Observation::trial).toList());
    }

    @Test
    void startupTrialsAreRandomDrawsUntilEnoughSucceeded() {
        TpeSampler tpe = new TpeSampler(TpeSettings.defaults(3).withStartupTrials(10));
        RandomSampler random = new RandomSampler(3);
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            history.add(Observation.succeeded(i, Map.of("x", (double) i), i));
        }
        assertEquals(random.suggest(LINE, history, 9), tpe.suggest(LINE, history, 9), "9 succeeded: still startup");
        history.add(Observation.succeeded(9, Map.of("x", 9.0), 9));
        assertNotEquals(random.suggest(LINE, history, 10), tpe.suggest(LINE, history, 10), "10 succeeded: TPE");
    }

    @Test
    void trialsInFlightCountTowardsStartupOnceHalfHaveSucceeded() {
        TpeSampler tpe = new TpeSampler(TpeSettings.defaults(3).withStartupTrials(10));
        RandomSampler random = new RandomSampler(3);
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            history.add(Observation.succeeded(i, Map.of("x", (double) i), i));
        }
        for (int i = 4; i < 20; i++) {
            history.add(Observation.pending(i, Map.of("x", 0.5)));
        }
        assertEquals(random.suggest(LINE, history, 20), tpe.suggest(LINE, history, 20),
                "4 succeeded (under half of 10), 16 in flight: still startup");
        history.set(4, Observation.succeeded(4, Map.of("x", 4.0), 4));
        assertNotEquals(random.suggest(LINE, history, 20), tpe.suggest(LINE, history, 20),
                "5 succeeded and 15 in flight: TPE, a parallel study spends 10 prior draws, not a whole extra batch");
        List<Observation> fewInFlight = new ArrayList<>(history.subList(0, 9));
        assertEquals(random.suggest(LINE, fewInFlight, 9), tpe.suggest(LINE, fewInFlight, 9),
                "5 succeeded and 4 in flight: 9 counted, still startup");
    }

    @Test
    void hyperoptFlavorCountsPendingTrialsTowardsStartup() {
        TpeSampler tpe = new TpeSampler(TpeSettings.forFlavor(3, Flavor.HYPEROPT).withStartupTrials(5));
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            history.add(Observation.succeeded(i, Map.of("x", (double) i), i));
        }
        history.add(Observation.pending(4, Map.of("x", 9.0)));
        Map<String, Object> s = tpe.suggest(LINE, history, 5);
        assertNotEquals(new RandomSampler(3).suggest(LINE, history, 5), s);
    }

    @Test
    void tpeConcentratesNearTheOptimum() {
        double tpeError = 0;
        double randomError = 0;
        for (long seed = 0; seed < 10; seed++) {
            tpeError += meanDistanceOfLateSuggestions(new TpeSampler(TpeSettings.defaults(seed))) / 10;
            randomError += meanDistanceOfLateSuggestions(new RandomSampler(seed)) / 10;
        }
        assertTrue(tpeError < 0.5 * randomError, "tpe " + tpeError + " vs random " + randomError);
    }

    private static double meanDistanceOfLateSuggestions(Sampler sampler) {
        List<Observation> history = new ArrayList<>();
        double late = 0;
        for (int i = 0; i < 60; i++) {
            Map<String, Object> s = sampler.suggest(LINE, history, i);
            double x = (Double) s.get("x");
            history.add(Observation.succeeded(i, s, (x - 3) * (x - 3)));
            if (i >= 40) {
                late += Math.abs(x - 3) / 20;
            }
        }
        return late;
    }

    @Test
    void theLiarSpreadsParallelSuggestions() {
        SearchSpace space = SearchSpace.of(new Parameter("x", NumericDistribution.quniform(0, 100, 1)));
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double x = (i * 37) % 101;
            history.add(Observation.succeeded(i, Map.of("x", x), Math.abs(x - 50)));
        }
        Set<Object> withLiar = askBatch(new TpeSampler(TpeSettings.defaults(5)), space, history, 8);
        assertEquals(8, withLiar.size(), "in a finite space a batch never repeats itself: " + withLiar);
    }

    private static Set<Object> askBatch(Sampler sampler, SearchSpace space, List<Observation> completed, int batch) {
        List<Observation> history = new ArrayList<>(completed);
        Set<Object> asked = new HashSet<>();
        for (int b = 0; b < batch; b++) {
            int index = completed.size() + b;
            Map<String, Object> s = sampler.suggest(space, history, index);
            asked.add(s.get("x"));
            history.add(Observation.pending(index, s));
        }
        return asked;
    }

    @Test
    void duplicateGuardFindsTheLastUnseenConfiguration() {
        SearchSpace tiny = SearchSpace.of(
                new Parameter("a", new CategoricalDistribution(List.of("p", "q"))),
                new Parameter("b", NumericDistribution.integer(1, 2)));
        List<Observation> history = new ArrayList<>();
        List<Map<String, Object>> all = List.of(Map.of("a", "p", "b", 1L), Map.of("a", "p", "b", 2L),
                Map.of("a", "q", "b", 1L), Map.of("a", "q", "b", 2L));
        for (int i = 0; i < 3; i++) {
            history.add(Observation.succeeded(i, all.get(i), i));
        }
        for (long seed = 0; seed < 20; seed++) {
            Map<String, Object> s = new TpeSampler(TpeSettings.defaults(seed).withStartupTrials(2)).suggest(tiny, history, 3);
            assertTrue(Values.sameConfiguration(all.get(3), s), "seed " + seed + " gave " + s);
        }
    }

    @Test
    void failedTrialsPushSuggestionsAway() {
        // Trials above 5 all failed; the good ones sit near 5 from below. TPE must stay out of the failed region.
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = 10.0 * ((i * 0.618034) % 1.0);
            history.add(x > 5 ? Observation.failed(i, Map.of("x", x)) : Observation.succeeded(i, Map.of("x", x), 5 - x));
        }
        int inFailedRegion = 0;
        for (int i = 40; i < 80; i++) {
            double x = (Double) new TpeSampler(TpeSettings.defaults(9)).suggest(LINE, history, i).get("x");
            if (x > 5.5) {
                inFailedRegion++;
            }
        }
        assertTrue(inFailedRegion <= 8, inFailedRegion + " of 40 suggestions in the failed region");
    }

    @Test
    void extremeSpacesNeverProduceNaNOrEscapeTheirBounds() {
        SearchSpace extreme = SearchSpace.of(
                new Parameter("tiny", NumericDistribution.uniform(1.0, 1.0 + 1e-12)),
                new Parameter("wide", NumericDistribution.loguniform(1e-300, 1e300)),
                new Parameter("narrow", NumericDistribution.normal(0, 1e-200)),
                new Parameter("big", NumericDistribution.uniform(-1e300, 1e300)),
                new Parameter("grid", NumericDistribution.quniform(0, 1e-9, 1e-12)));
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> s = new TpeSampler(TpeSettings.defaults(1).withMultivariate(i % 2 == 0)).suggest(extreme, history, i);
            for (Map.Entry<String, Object> e : s.entrySet()) {
                double x = ((Number) e.getValue()).doubleValue();
                NumericDistribution d = (NumericDistribution) extreme.get(e.getKey()).distribution();
                assertFalse(Double.isNaN(x) || Double.isInfinite(x), e.toString());
                assertTrue(d.accepts(x, io.parzen.tpe.space.GridAnchor.LOW), e + " outside its distribution");
            }
            // Every value the same: zero gaps everywhere, the worst case for bandwidths.
            history.add(i % 3 == 0 ? Observation.succeeded(i, s, 1.0) : Observation.succeeded(i, history.isEmpty() ? s
                    : history.get(0).params(), 1.0 + i));
        }
    }

    @Test
    void thousandsOfIdenticalObservationsStillSuggestInsideTheBounds() {
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            history.add(Observation.succeeded(i, Map.of("x", 10.0), i));
        }
        double x = (Double) new TpeSampler(TpeSettings.defaults(1)).suggest(LINE, history, 5000).get("x");
        assertTrue(x >= 0 && x <= 10);
    }

    @Test
    void theAlgorithmBlockSetsTheEstimatorChoices() {
        TpeSettings defaults = AlgorithmSpec.settings(Map.of(), 0);
        assertTrue(defaults.multivariate());
        assertEquals(BandwidthRule.ENDPOINTS, defaults.bandwidths());
        assertEquals(CategoricalKernel.SHRINKING, defaults.categoricalKernel());
        assertTrue(defaults.sharpen());
        assertEquals(5, defaults.startupTrials());
        assertEquals(20, AlgorithmSpec.settings(Map.of("flavor", "hyperopt"), 0).startupTrials());
        assertEquals(24, defaults.candidates());
        assertFalse(AlgorithmSpec.settings(Map.of("sharpen", false), 0).sharpen());
        assertTrue(defaults.alternateEstimators());
        assertFalse(AlgorithmSpec.settings(Map.of("alternateEstimators", false), 0).alternateEstimators());
        TpeSettings earlier = AlgorithmSpec.settings(Map.of("multivariate", false, "bandwidths", "tpe",
                "categoricalKernel", "fixed"), 0);
        assertFalse(earlier.multivariate());
        assertEquals(BandwidthRule.TPE, earlier.bandwidths());
        assertEquals(CategoricalKernel.FIXED, earlier.categoricalKernel());
        TpeSettings hyperopt = AlgorithmSpec.settings(Map.of("flavor", "hyperopt"), 0);
        assertFalse(hyperopt.multivariate());
        assertEquals(BandwidthRule.TPE, hyperopt.bandwidths());
        assertFalse(hyperopt.sharpen());
        assertFalse(hyperopt.alternateEstimators());
        InvalidSpaceException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpaceException.class,
                () -> AlgorithmSpec.settings(Map.of("bandwidths", "scott"), 0));
        assertEquals("algorithm: field 'bandwidths' = 'scott' is not supported; allowed: endpoints, tpe", e.getMessage());
    }

    @Test
    void wideParallelStudiesSuggestEveryOddTrialWithIndependentBandwidthWeightedEstimators() {
        TpeSettings wide = TpeSettings.defaults(0).withParallelism(TpeSettings.ALTERNATE_FROM_PARALLELISM);
        assertSame(wide, wide.forTrial(10), "even trials keep the joint estimator");
        TpeSettings odd = wide.forTrial(11);
        assertFalse(odd.multivariate());
        assertTrue(odd.bandwidthWeighted());
        assertEquals(wide.withMultivariate(false).withBandwidthWeighted(true), odd, "nothing else changes");
        TpeSettings narrow = TpeSettings.defaults(0).withParallelism(TpeSettings.ALTERNATE_FROM_PARALLELISM - 1);
        assertSame(narrow, narrow.forTrial(11), "a narrower study");
        TpeSettings serial = TpeSettings.defaults(0);
        assertSame(serial, serial.forTrial(11), "a serial study");
        TpeSettings off = wide.withAlternateEstimators(false);
        assertSame(off, off.forTrial(11), "switched off");
        TpeSettings univariate = wide.withMultivariate(false);
        assertSame(univariate, univariate.forTrial(11), "already independent: nothing to alternate");
    }

    @Test
    void anOddTrialOfAWideStudyIsSuggestedByTheIndependentEstimators() {
        List<Observation> history = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 30; i++) {
            double x = rng.nextDouble() * 10;
            double y = rng.nextDouble() * 10;
            history.add(Observation.succeeded(i, Map.of("x", x, "y", y), (x - 3) * (x - 3) + (y - 7) * (y - 7)));
        }
        SearchSpace plane = SearchSpace.of(new Parameter("x", NumericDistribution.uniform(0, 10)),
                new Parameter("y", NumericDistribution.uniform(0, 10)));
        TpeSettings wide = TpeSettings.defaults(5).withParallelism(8);
        TpeSettings independent = wide.withMultivariate(false).withBandwidthWeighted(true);
        assertEquals(new TpeSampler(independent).suggest(plane, history, 31), new TpeSampler(wide).suggest(plane, history, 31));
        assertEquals(new TpeSampler(wide.withAlternateEstimators(false)).suggest(plane, history, 30),
                new TpeSampler(wide).suggest(plane, history, 30));
        assertNotEquals(new TpeSampler(wide.withAlternateEstimators(false)).suggest(plane, history, 31),
                new TpeSampler(wide).suggest(plane, history, 31), "the joint estimator would suggest another point");
    }

    @Test
    void lSharpensByHalfTheRankedTrialsOnlyWhenNothingIsInFlightAndAllJointDimensionsAreNumeric() {
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            history.add(Observation.succeeded(i, Map.of("x", (double) (i % 10)), i));
        }
        List<io.parzen.tpe.space.Distribution> numeric = List.of(NumericDistribution.uniform(0, 10));
        TpeSettings settings = TpeSettings.defaults(0);
        Split split = Split.of(history, GammaRule.LINEAR, true);
        assertEquals(20.0, Candidates.sharpenedClipCount(split, numeric, settings), "half of 40 ranked trials");
        assertEquals(0.0, Candidates.sharpenedClipCount(split, numeric, settings.withSharpen(false)), "off");
        List<io.parzen.tpe.space.Distribution> withChoice = List.of(NumericDistribution.uniform(0, 10),
                new CategoricalDistribution(List.of("a", "b")));
        assertEquals(0.0, Candidates.sharpenedClipCount(split, withChoice, settings), "a categorical dimension");
        assertEquals(0.0, Candidates.sharpenedClipCount(split, numeric, settings.withParallelism(4)), "a parallel study");
        history.add(Observation.pending(40, Map.of("x", 1.0)));
        assertEquals(0.0, Candidates.sharpenedClipCount(Split.of(history, GammaRule.LINEAR, true), numeric, settings),
                "a trial in flight");
    }

    @Test
    void aUnivariateLSharpensByItsParametersRankedTrialsInFlightAndInParallelToo() {
        Parameter lr = new Parameter("lr", NumericDistribution.uniform(0, 1), new io.parzen.tpe.space.Condition("opt", List.of("adam")));
        List<Observation> history = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // Half the trials chose adam and have lr; four of the rest failed (unranked).
            Map<String, Object> params = i % 2 == 0 ? Map.of("opt", "adam", "lr", i / 40.0) : Map.of("opt", "sgd");
            history.add(i % 10 == 1 ? Observation.failed(i, params) : Observation.succeeded(i, params, i));
        }
        history.add(Observation.pending(40, Map.of("opt", "adam", "lr", 0.5)));
        TpeSettings settings = TpeSettings.defaults(0);
        Split split = Split.of(history, GammaRule.LINEAR, true);
        assertEquals(0.35 * 20, Candidates.univariateClipCount(lr, split, settings), 1e-12, "20 ranked adam trials");
        assertEquals(0.35 * 20, Candidates.univariateClipCount(lr, split, settings.withParallelism(8)), 1e-12);
        assertEquals(0.0, Candidates.univariateClipCount(lr, split, settings.withSharpen(false)), "off");
    }

    @Test
    void theParallelismIsAStudyFactNotAnAlgorithmField() {
        assertEquals(1, AlgorithmSpec.settings(Map.of(), 0).parallelism());
        TpeSampler told = (TpeSampler) AlgorithmSpec.sampler(Map.of("seed", 3), 8);
        assertEquals(8, told.settings().parallelism());
        InvalidSpaceException unknown = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpaceException.class,
                () -> AlgorithmSpec.sampler(Map.of("parallelism", 8)));
        assertTrue(unknown.getMessage().startsWith("algorithm: field 'parallelism' is unknown"), unknown.getMessage());
        InvalidSpaceException zero = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpaceException.class,
                () -> TpeSettings.defaults(0).withParallelism(0));
        assertEquals("parallelism = 0 must be >= 1", zero.getMessage());
    }
}
