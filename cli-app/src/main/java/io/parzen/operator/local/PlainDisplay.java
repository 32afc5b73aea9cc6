package io.parzen.operator.local;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plain lines for logs and CI: a line when a trial starts, reports an epoch, or ends. */
public final class PlainDisplay implements Display {
    private final PrintStream out;
    private final String metric;
    private final Map<String, Integer> lastEpoch = new HashMap<>();

    public PlainDisplay(PrintStream out, String metric) {
        this.out = out;
        this.metric = metric;
    }

    @Override
    public void started(LocalTrial trial) {
        out.println("started   " + trial.name + "  " + TrialLines.params(trial.parameters));
    }

    @Override
    public void finished(LocalTrial trial) {
        out.println("finished  " + TrialLines.finished(trial, metric));
    }

    @Override
    public void progress(List<LocalTrial> trials, int maxTrials) {
        for (LocalTrial t : trials) {
            if (t.process != null && t.latestEpoch() > lastEpoch.getOrDefault(t.name, 0)) {
                lastEpoch.put(t.name, t.latestEpoch());
                out.println("epoch     " + TrialLines.running(t, metric));
            }
        }
    }

    @Override
    public void message(String line) {
        out.println(line);
    }

    @Override
    public void close() {
        out.flush();
    }
}
