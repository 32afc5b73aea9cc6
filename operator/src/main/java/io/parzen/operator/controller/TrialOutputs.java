package io.parzen.operator.controller;

import io.parzen.storage.MetricsLine;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads what a trial's trainer wrote (the seam the Trial reconciler reads results through). */
public interface TrialOutputs {

    /** A reader of one study's bucket. */
    interface Reader {
        /** The metrics lines written so far; empty when none. */
        List<MetricsLine> metrics(String study, String trial) throws IOException;

        /** The result, when written. */
        Optional<TrialResult> result(String study, String trial) throws IOException;
    }

    /** A reader for a study's storage in a namespace. */
    Reader open(String namespace, io.parzen.operator.api.Storage storage) throws IOException, Credentials.CredentialsException;
}
