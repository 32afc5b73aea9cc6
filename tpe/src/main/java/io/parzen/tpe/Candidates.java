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
 * univariate step, jointly over a set of parameters for the multivariate one.
 *
 * <p>codes[p][j] is candidate j of parameter p; score[p][j] its univariate score (NaN for the
 * parameters in the joint set, whose candidates are scored together in jointScore[j]).
 */
final class Candidates {
    final double[][] codes;
    final double[][] score;
    final boolean[] joint;
    final double[] jointScore;

    private Candidates(int parameters, int count) {
        codes = new double[parameters][count];
        score = new double[parameters][count];
        joint = new boolean[parameters];
        jointScore = new double[count];
    }

    static Candidates draw(List<Parameter> parameters, Split split, List<Integer> jointSet, TpeSettings settings,
                           SplittableRandom rng) {
        int count = settings.candidates();
        Candidates c = new Candidates(parameters.size(), count);
        if (!jointSet.isEmpty()) {
            c.drawJoint(parameters, split, jointSet, settings, rng);
        }
        for (int p = 0; p < parameters.size(); p++) {
            if (!c.joint[p]) {
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
                    settings.flavor().anchor(), settings.bandwidthWeighted());
            NumericEstimator g = new NumericEstimator(d, bad, settings.priorWeight(), settings.flavor().truncation(),
                    settings.flavor().anchor(), settings.bandwidthWeighted());
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

    private void drawJoint(List<Parameter> parameters, Split split, List<Integer> jointSet, TpeSettings settings,
                           SplittableRandom rng) {
        List<Distribution> distributions = new ArrayList<>();
        double[][] good = new double[jointSet.size()][];
        double[][] bad = new double[jointSet.size()][];
        for (int d = 0; d < jointSet.size(); d++) {
            Parameter parameter = parameters.get(jointSet.get(d));
            joint[jointSet.get(d)] = true;
            distributions.add(parameter.distribution());
            good[d] = GroupValues.codes(parameter, split.good());
            bad[d] = GroupValues.codes(parameter, split.bad());
        }
        MultivariateEstimator l = new MultivariateEstimator(distributions, good, settings.priorWeight(), settings.flavor().anchor());
        MultivariateEstimator g = new MultivariateEstimator(distributions, bad, settings.priorWeight(), settings.flavor().anchor());
        for (int j = 0; j < jointScore.length; j++) {
            double[] x = l.sample(rng);
            for (int d = 0; d < x.length; d++) {
                codes[jointSet.get(d)][j] = x[d];
                score[jointSet.get(d)][j] = Double.NaN;
            }
            jointScore[j] = l.logDensity(x) - g.logDensity(x);
        }
    }

    /** Index of the best univariate candidate of parameter p (first on ties). */
    int best(int p) {
        return argmax(score[p]);
    }

    int bestJoint() {
        return argmax(jointScore);
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
