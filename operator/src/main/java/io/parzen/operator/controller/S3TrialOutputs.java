package io.parzen.operator.controller;

import io.parzen.operator.api.Storage;
import io.parzen.operator.store.TrialStatus;
import io.parzen.operator.store.TrialStatusFile;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.RetryPolicy;
import io.parzen.storage.S3ObjectStore;
import io.parzen.storage.S3Settings;
import io.parzen.storage.TrialOutput;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads trial output from (and writes the operator's status.json to) S3 through {@code storage}'s {@link S3ObjectStore}, with the credentials
 * of the Study's Secret. One store per endpoint, bucket and credentials, reused across reconciles.
 * An unreachable store fails a read within about a second ({@link RetryPolicy#QUICK}); the Trial
 * reconciler then records an Event and reads again at its next poll, never failing the trial.
 */
public final class S3TrialOutputs implements TrialOutputs, AutoCloseable {
    private final Credentials credentials;
    private final Map<String, Entry> stores = new ConcurrentHashMap<>();

    private record Entry(S3Settings settings, ObjectStore store) {}

    /** Reads with the credentials {@code credentials} resolves. */
    public S3TrialOutputs(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Reader open(String namespace, Storage storage) throws Credentials.CredentialsException {
        ObjectStore store = store(namespace, storage);
        return new Reader() {
            @Override
            public List<MetricsLine> metrics(String study, String trial) throws IOException {
                return new TrialOutput(store, ObjectLayout.trial(study, trial)).metrics();
            }

            @Override
            public Optional<TrialResult> result(String study, String trial) throws IOException {
                return new TrialOutput(store, ObjectLayout.trial(study, trial)).result();
            }

            @Override
            public void writeStatus(String study, String trial, TrialStatus status) throws IOException {
                TrialStatusFile.write(store, ObjectLayout.trial(study, trial), status);
            }
        };
    }

    /**
     * The store of a Study's {@code spec.storage} in {@code namespace}, rooted at its bucket: one per
     * endpoint, bucket and credentials, shared by the readers and the report writer; not to be closed.
     */
    public ObjectStore store(String namespace, Storage storage) throws Credentials.CredentialsException {
        S3Settings settings = credentials.settings(namespace, storage);
        String key = namespace + "/" + storage.getCredentialsSecret() + "/" + storage.getEndpoint() + "/" + storage.getBucket();
        Entry entry = stores.compute(key, (k, old) -> {
            if (old != null && old.settings().equals(settings)) {
                return old;
            }
            closeQuietly(old);
            // Quick retries only: the reconciler polls again after its interval, so an unreachable
            // store costs a reconcile thread about a second, not the writers' minutes of backoff.
            return new Entry(settings, new S3ObjectStore(settings, storage.getBucket(), "", RetryPolicy.QUICK));
        });
        return entry.store();
    }

    @Override
    public void close() {
        stores.values().forEach(S3TrialOutputs::closeQuietly);
        stores.clear();
    }

    private static void closeQuietly(Entry e) {
        if (e != null) {
            try {
                e.store().close();
            } catch (IOException ignored) {
                // closing a client of a store no longer used
            }
        }
    }
}
