package io.parzen.operator.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Records Kubernetes Events about a resource: decisions (Normal) and errors (Warning). */
public interface EventRecorder {

    /** A Normal event. */
    void normal(HasMetadata about, String reason, String message);

    /** A Warning event. */
    void warning(HasMetadata about, String reason, String message);
}
