package io.parzen.operator.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A live block at the bottom of a terminal: the study's progress bar and one line per running
 * trial, redrawn in place (ANSI cursor movement); finished trials scroll above it.
 */
public final class LiveDisplay implements Display {
    private final PrintStream out;
    private final String metric;
    private int drawn;

    public LiveDisplay(PrintStream out, String metric) {
        this.out = out;
        this.metric = metric;
    }

    private void clear() {
        if (drawn > 0) {
            out.print("\033[" + drawn + "A\r\033[J");
            drawn = 0;
        }
    }

    @Override
    public void started(LocalTrial trial) {
        // Shown in the live block.
    }

    @Override
    public void finished(LocalTrial trial) {
        clear();
        out.println(TrialLines.finished(trial, metric));
    }

    @Override
    public synchronized void progress(List<LocalTrial> trials, int maxTrials) {
        List<String> lines = new ArrayList<>();
        long done = trials.stream().filter(t -> !t.active()).count();
        long running = trials.stream().filter(t -> t.process != null).count();
        lines.add(TrialLines.bar(done, running, maxTrials));
        for (LocalTrial t : trials) {
            if (t.process != null) {
                lines.add("  " + TrialLines.running(t, metric));
            }
        }
        clear();
        for (String line : lines) {
            out.println(line);
        }
        drawn = lines.size();
        out.flush();
    }

    @Override
    public void message(String line) {
        clear();
        out.println(line);
    }

    @Override
    public void close() {
        out.flush();
    }
}
