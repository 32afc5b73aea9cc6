package io.parzen.operator.planning;

import io.parzen.tpe.Observation;
import io.parzen.tpe.TrialState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the study's sampler for the parameters of new trials. The history is rebuilt from the
 * trials each time: pending and running trials (and the ones suggested earlier in the same call)
 * are in flight, so the sampler treats them as liars; failed trials are bad observations;
 * succeeded and early-stopped ones carry their loss.
 */
public final class Suggester {
    private Suggester() {}

    /** Parameters (as strings) for each index, in the order given. */
    public static Map<Integer, Map<String, String>> suggest(StudyConfig config, Collection<TrialView> trials,
            List<Integer> indices) {
        List<Observation> history = history(config, trials);
        Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
        for (int index : indices) {
            Map<String, Object> values = config.sampler().suggest(config.space(), history, index);
            Map<String, String> strings = ParamValues.format(values);
            out.put(index, strings);
            // Re-parse, so the liar carries exactly what the Trial will: the string form.
            history.add(new Observation(index, ParamValues.parse(config.space(), strings), TrialState.PENDING, Double.NaN));
        }
        return out;
    }

    /** The observations of existing trials. */
    static List<Observation> history(StudyConfig config, Collection<TrialView> trials) {
        List<Observation> history = new ArrayList<>();
        for (TrialView t : trials) {
            Map<String, Object> params = ParamValues.parse(config.space(), t.parameters());
            history.add(switch (t.phase()) {
                case Pending -> new Observation(t.index(), params, TrialState.PENDING, Double.NaN);
                case Running -> new Observation(t.index(), params, TrialState.RUNNING, Double.NaN);
                case Failed -> new Observation(t.index(), params, TrialState.FAILED, Double.NaN);
                case Succeeded -> new Observation(t.index(), params, TrialState.SUCCEEDED, loss(config, t.objective()));
                case EarlyStopped -> new Observation(t.index(), params, TrialState.EARLY_STOPPED, bestLoss(config, t));
            });
        }
        return history;
    }

    private static double loss(StudyConfig config, double objective) {
        return Double.isFinite(objective) ? config.loss(objective) : Double.NaN;
    }

    /** The best loss an early-stopped trial reached (its curve), else its objective's. */
    private static double bestLoss(StudyConfig config, TrialView t) {
        return t.curve().values().stream().filter(Double::isFinite).mapToDouble(config::loss).min()
                .orElse(loss(config, t.objective()));
    }
}
