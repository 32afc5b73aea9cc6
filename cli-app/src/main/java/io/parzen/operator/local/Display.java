package io.parzen.operator.local;

import java.util.List;

/** What the local runner shows while it works: a live table on a terminal, plain lines in a log. */
public interface Display {
    void started(LocalTrial trial);

    void finished(LocalTrial trial);

    /** Called every tick with every trial. */
    void progress(List<LocalTrial> trials, int maxTrials);

    void message(String line);

    /** Leaves the screen tidy (a live display stops redrawing). */
    void close();
}
