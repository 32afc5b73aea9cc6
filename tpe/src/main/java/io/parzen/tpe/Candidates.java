package io.parzen.tpe;

import io.parzen.tpe.estimator.CategoricalEstimator;
import io.parzen.tpe.estimator.MultivariateEstimator;
import io.parzen.tpe.estimator.NumericEstimator;
import io.parzen.tpe.space.CategoricalDistribution;
import io.parzen.tpe.space.Distribution;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws candidates from l(x) and scores them with log l(x) - log g(x): per parameter for the
 * univariate step, jointly over each group of parameters for the multivariate one.
 *
 * <p>codes[p][j] is candidate j of parameter p; score[p][j] its univariate score (NaN for the
 * parameters of a group, whose candidates are scored together in groupScore[group[p]][j]).
 * group[p] is -1 for a parameter scored on its own.
 */
final class Candidates {
    final double[][] codes;
    final double[][] score;
    final int[] group;
    final double[][] groupScore;

    private Candidates(int parameters, int groups, int count) {
        codes = new double[parameters][count];
        score = new double[parameters][count];
        group = new int[parameters];
        java.util.Arrays.fill(group, -1);
        groupScore = new double[groups][count];
    }

    /** @param groups sets of parameter indices (two or more each) scored jointly, in this order */
    static Candidates draw(List<Parameter> parameters, Split split, List<int[]> groups, TpeSettings settings,
                           SplittableRandom rng) {
        int count = settings.candidates();
        Candidates c = new Candidates(parameters.size(), groups.size(), count);
        for (int g = 0; g < groups.size(); g++) {
            c.drawJoint(g, parameters, split, groups.get(g), settings, rng);
        }
        for (int p = 0; p < parameters.size(); p++) {
            if (c.group[p] < 0) {
                c.drawUnivariate(p, parameters.get(p), split, settings, rng);
            }
        }
        return c;
    }

    private void drawUnivariate(int p, Parameter parameter, Split split, TpeSettings settings, SplittableRandom rng) {
        double[] good = GroupValues.codes(parameter, split.good());
        double[] bad = GroupValues.codes(parameter, split.bad());
        int count = codes[p].length;
        if (parameter.distribution() instanceof NumericDistribution d) {
            NumericEstimator l = new NumericEstimator(d, good, settings.priorWeight(), settings.flavor().truncation(),
                    settings.flavor().anchor(), settings.bandwidthWeighted(), settings.bandwidths(),
                    univariateClipCount(parameter, split, settings));
            NumericEstimator g = new NumericEstimator(d, bad, settings.priorWeight(), settings.flavor().truncation(),
                    settings.flavor().anchor(), settings.bandwidthWeighted(), settings.bandwidths());
            for (int j = 0; j < count; j++) {
                codes[p][j] = l.sample(rng);
                score[p][j] = l.logDensity(codes[p][j]) - g.logDensity(codes[p][j]);
            }
        } else {
            CategoricalDistribution d = (CategoricalDistribution) parameter.distribution();
            CategoricalEstimator l = new CategoricalEstimator(d.size(), GroupValues.indices(good), settings.priorWeight());
            CategoricalEstimator g = new CategoricalEstimator(d.size(), GroupValues.indices(bad), settings.priorWeight());
            for (int j = 0; j < count; j++) {
                int k = l.sample(rng);
                codes[p][j] = k;
                score[p][j] = l.logProbability(k) - g.logProbability(k);
            }
        }
    }

    private void drawJoint(int g, List<Parameter> parameters, Split split, int[] members, TpeSettings settings,
                           SplittableRandom rng) {
        List<Parameter> chosen = new ArrayList<>();
        List<Distribution> distributions = new ArrayList<>();
        for (int p : members) {
            group[p] = g;
            chosen.add(parameters.get(p));
            distributions.add(parameters.get(p).distribution());
        }
        double[][] good = GroupValues.jointCodes(chosen, split.good());
        double[][] bad = GroupValues.jointCodes(chosen, split.bad());
        MultivariateEstimator l = new MultivariateEstimator(distributions, good, settings.priorWeight(), settings.flavor().anchor(),
                settings.bandwidths(), settings.categoricalKernel(), sharpenedClipCount(split, distributions, settings));
        MultivariateEstimator b = new MultivariateEstimator(distributions, bad, settings.priorWeight(), settings.flavor().anchor(),
                settings.bandwidths(), settings.categoricalKernel());
        double[] scores = groupScore[g];
        for (int j = 0; j < scores.length; j++) {
            double[] x = l.sample(rng);
            for (int d = 0; d < x.length; d++) {
                codes[members[d]][j] = x[d];
                score[members[d]][j] = Double.NaN;
            }
            scores[j] = l.logDensity(x) - b.logDensity(x);
        }
    }

    /**
     * The observation count a joint l(x)'s minimum bandwidth is clipped by: with {@code sharpen}, half
     * the ranked trials (instead of the good group's size), so that l(x) can narrow as the study goes
     * on; but not in a parallel study nor while a trial is in flight (batches drawn from one narrow
     * l(x) land together), nor when the group has a categorical dimension (a branch choice became
     * greedy). docs/tpe.md gives the measurements.
     */
    static double sharpenedClipCount(Split split, List<Distribution> distributions, TpeSettings settings) {
        if (!settings.sharpen() || settings.parallelism() > 1) {
            return 0;
        }
        int ranked = 0;
        for (Observation o : split.good()) {
            ranked += o.ranked() ? 1 : 0;
        }
        for (Observation o : split.bad()) {
            if (o.state().inFlight()) {
                return 0;
            }
            ranked += o.ranked() ? 1 : 0;
        }
        for (Distribution d : distributions) {
            if (d instanceof CategoricalDistribution) {
                return 0;
            }
        }
        return SHARPEN_FRACTION * ranked;
    }

    /** The fraction of ranked trials that {@link #sharpenedClipCount} clips l(x)'s bandwidths by. */
    static final double SHARPEN_FRACTION = 0.5;

    /**
     * The observation count a univariate l(x)'s minimum bandwidth is clipped by: with {@code sharpen},
     * 0.35 of the ranked trials that have the parameter. Unlike the joint rule it holds while trials
     * are in flight and in parallel studies, where it was measured to help too (docs/tpe.md); in the
     * default only conditional parameters have univariate estimators.
     */
    static double univariateClipCount(Parameter parameter, Split split, TpeSettings settings) {
        if (!settings.sharpen()) {
            return 0;
        }
        int ranked = rankedWith(parameter, split.good()) + rankedWith(parameter, split.bad());
        return UNIVARIATE_SHARPEN_FRACTION * ranked;
    }

    private static int rankedWith(Parameter parameter, List<Observation> observations) {
        int count = 0;
        for (Observation o : observations) {
            count += o.ranked() && o.params().containsKey(parameter.name()) ? 1 : 0;
        }
        return count;
    }

    /** The fraction of ranked trials with the parameter that {@link #univariateClipCount} clips by. */
    static final double UNIVARIATE_SHARPEN_FRACTION = 0.35;

    /** Index of the best univariate candidate of parameter p (first on ties). */
    int best(int p) {
        return argmax(score[p]);
    }

    /** Index of the best joint candidate of group g (first on ties). */
    int bestOfGroup(int g) {
        return argmax(groupScore[g]);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int j = 1; j < values.length; j++) {
            if (values[j] > values[best]) {
                best = j;
            }
        }
        return best;
    }
}
