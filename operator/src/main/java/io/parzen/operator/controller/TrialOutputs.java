package io.parzen.operator.controller;

import io.parzen.operator.store.TrialStatus;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a trial's trainer wrote and writes the operator's {@code status.json} (the seam the
 * Trial reconciler reaches the store through).
 */
public interface TrialOutputs {

    /** A reader (and status writer) of one study's bucket. */
    interface Reader {
        /** The metrics lines written so far; empty when none. */
        List<MetricsLine> metrics(String study, String trial) throws IOException;

        /** The result, when written. */
        Optional<TrialResult> result(String study, String trial) throws IOException;

        /** Writes the trial's {@code status.json} (as the local runner does). */
        void writeStatus(String study, String trial, TrialStatus status) throws IOException;
    }

    /** A reader for a study's storage in a namespace. */
    Reader open(String namespace, io.parzen.operator.api.Storage storage) throws IOException, Credentials.CredentialsException;
}
