package io.parzen.tpe;

import io.parzen.tpe.space.GridAnchor;
import io.parzen.tpe.space.InvalidSpaceException;
import io.parzen.tpe.space.NumericDistribution;
import io.parzen.tpe.space.Parameter;
import io.parzen.tpe.space.SearchSpace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tree-structured Parzen Estimator (Bergstra et al. 2011), as docs/tpe.md describes it: startup draws
 * from the priors, then a good/bad split, l(x) and g(x) per parameter (or jointly), and the
 * candidate with the best log l - log g. Stateless: everything comes from the arguments.
 */
public final class TpeSampler implements Sampler {
    /** Prior draws tried when every scored candidate repeats an earlier trial. */
    private static final int DUPLICATE_REDRAWS = 100;

    private final TpeSettings settings;

    public TpeSampler(TpeSettings settings) {
        this.settings = settings;
    }

    public TpeSettings settings() {
        return settings;
    }

    @Override
    public Map<String, Object> suggest(SearchSpace space, List<Observation> history, int trialIndex) {
        checkGrids(space);
        SplittableRandom rng = Seeds.forTrial(settings.seed(), trialIndex);
        GridAnchor anchor = settings.flavor().anchor();
        if (inStartup(history)) {
            return DuplicateGuard.firstNew(space, history, List.of(), rng, anchor, DUPLICATE_REDRAWS);
        }
        TpeSettings trial = settings.forTrial(trialIndex);
        boolean inFlightAreBad = trial.constantLiar() || trial.flavor() == Flavor.HYPEROPT;
        Split split = Split.of(history, trial.gammaRule(), inFlightAreBad);
        List<Parameter> parameters = space.parameters();
        List<int[]> groups = trial.multivariate() ? groups(parameters, split) : List.of();
        Candidates candidates = Candidates.draw(parameters, split, groups, trial, rng);

        List<Map<String, Object>> ranked = new ArrayList<>();
        ranked.add(winner(parameters, candidates));
        if (space.finite()) {
            ranked.addAll(alternatives(parameters, candidates));
        }
        return DuplicateGuard.firstNew(space, history, ranked, rng, anchor, space.finite() ? DUPLICATE_REDRAWS : 0);
    }

    /**
     * hyperopt counts every trial, pending ones too. parzen counts succeeded trials and the ones in
     * flight, as long as at least half of {@code startupTrials} have succeeded: a parallel study
     * then spends startupTrials prior draws, not a whole extra batch (docs/tpe.md).
     */
    private boolean inStartup(List<Observation> history) {
        if (settings.flavor() == Flavor.HYPEROPT) {
            return history.size() < settings.startupTrials();
        }
        long succeeded = history.stream().filter(o -> o.state() == TrialState.SUCCEEDED).count();
        long inFlight = history.stream().filter(o -> o.state().inFlight()).count();
        return succeeded < settings.startupTrials()
                && (succeeded + inFlight < settings.startupTrials() || 2 * succeeded < settings.startupTrials());
    }

    /**
     * The sets of parameters scored jointly: one, the unconditional parameters with a usable value
     * in every observation of both groups (conditional ones stay univariate: docs/tpe.md says what
     * grouping them by condition measured).
     */
    static List<int[]> groups(List<Parameter> parameters, Split split) {
        List<Integer> unconditional = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            if (!parameter.conditional() && GroupValues.presentInAll(parameter, split.good())
                    && GroupValues.presentInAll(parameter, split.bad())) {
                unconditional.add(p);
            }
        }
        return unconditional.isEmpty() ? List.of() : List.of(unconditional.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Each active parameter at its best candidate; each group at its best joint candidate. */
    private Map<String, Object> winner(List<Parameter> parameters, Candidates c) {
        int[] bestOfGroup = new int[c.groupScore.length];
        for (int g = 0; g < bestOfGroup.length; g++) {
            bestOfGroup[g] = c.bestOfGroup(g);
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            if (parameter.activeIn(chosen)) {
                int j = c.group[p] >= 0 ? bestOfGroup[c.group[p]] : c.best(p);
                chosen.put(parameter.name(), Codes.decode(parameter, c.codes[p][j], settings.flavor().anchor()));
            }
        }
        return chosen;
    }

    /** Candidate j of every active parameter, for every j, best summed score first (stable). */
    private List<Map<String, Object>> alternatives(List<Parameter> parameters, Candidates c) {
        int count = c.score[0].length;
        List<Map<String, Object>> configs = new ArrayList<>();
        double[] totals = new double[count];
        for (int j = 0; j < count; j++) {
            Map<String, Object> chosen = new LinkedHashMap<>();
            boolean[] counted = new boolean[c.groupScore.length];
            double total = 0;
            for (int p = 0; p < parameters.size(); p++) {
                Parameter parameter = parameters.get(p);
                if (parameter.activeIn(chosen)) {
                    chosen.put(parameter.name(), Codes.decode(parameter, c.codes[p][j], settings.flavor().anchor()));
                    int g = c.group[p];
                    if (g < 0) {
                        total += c.score[p][j];
                    } else if (!counted[g]) {
                        counted[g] = true;
                        total += c.groupScore[g][j];
                    }
                }
            }
            configs.add(chosen);
            totals[j] = total;
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -totals[j]));
        return order.stream().map(configs::get).toList();
    }

    /** hyperopt's grid starts at 0: a bounded quantized parameter must have a grid point inside its bounds. */
    private void checkGrids(SearchSpace space) {
        for (Parameter p : space.parameters()) {
            if (p.distribution() instanceof NumericDistribution d && d.quantized() && d.bounded()) {
                var grid = d.grid(settings.flavor().anchor());
                if (grid.kMin() > grid.kMax()) {
                    throw new InvalidSpaceException("parameter '" + p.name() + "': field 'q' = " + d.q()
                            + " leaves no multiple of q inside [" + d.low() + ", " + d.high() + "] (flavor hyperopt rounds to multiples of q)");
                }
            }
        }
    }

    @Override
    public String toString() {
        return "tpe" + settings;
    }
}
