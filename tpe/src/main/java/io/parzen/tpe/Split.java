package io.parzen.tpe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The good and bad groups of TPE, each in trial order (the forgetting weights depend on it).
 * Ranked trials are sorted by loss with a stable sort (ties: lower trial first); the first
 * {@code goodCount} are good. Failed trials, and in-flight ones when lying, join the bad group.
 */
public record Split(List<Observation> good, List<Observation> bad) {

    public static Split of(List<Observation> history, GammaRule rule, boolean inFlightAreBad) {
        List<Observation> ranked = new ArrayList<>();
        List<Observation> bad = new ArrayList<>();
        for (Observation o : history) {
            if (o.ranked()) {
                ranked.add(o);
            } else if (o.state() == TrialState.FAILED || o.state() == TrialState.EARLY_STOPPED
                    || (inFlightAreBad && o.state().inFlight())) {
                bad.add(o);
            }
        }
        ranked.sort(Comparator.comparingDouble(Observation::value).thenComparingInt(Observation::trial));
        int goodCount = rule.goodCount(ranked.size());
        List<Observation> good = new ArrayList<>(ranked.subList(0, goodCount));
        bad.addAll(ranked.subList(goodCount, ranked.size()));
        Comparator<Observation> byTrial = Comparator.comparingInt(Observation::trial);
        good.sort(byTrial);
        bad.sort(byTrial);
        return new Split(List.copyOf(good), List.copyOf(bad));
    }
}
