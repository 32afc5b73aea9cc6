package io.parzen.operator.store;

import io.parzen.storage.Json;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.TrialPaths;
import java.io.IOException;

/**
 * Reads and writes a trial's {@code status.json} ({@link TrialStatus}) in a store: the one writer
 * used by the local runner and the Trial controller, and the one reader used by the local runner
 * (to resume) and {@link StudyReader} ({@code parzen trials}, {@code parzen report}).
 */
public final class TrialStatusFile {
    private TrialStatusFile() {}

    /** Writes {@code status} as the trial's {@code status.json}, replacing any earlier one. */
    public static void write(ObjectStore store, TrialPaths trial, TrialStatus status) throws IOException {
        store.put(trial.status(), status.toJson(), "application/json");
    }

    /** Reads the trial's {@code status.json}; fails when it is missing or malformed. */
    public static TrialStatus read(ObjectStore store, TrialPaths trial) throws IOException {
        return Json.read(store.get(trial.status()), TrialStatus.class, trial.status() + " in " + store.describe());
    }
}
