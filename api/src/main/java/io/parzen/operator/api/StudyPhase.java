package io.parzen.operator.api;

/** The phases of a Study, as written in {@code status.phase}. */
public enum StudyPhase {
    /** Trials are being created or still run. */
    Running,
    /** Finished: the budget is spent or the target was reached. */
    Succeeded,
    /** Finished without success: an invalid spec or too many failed trials. */
    Failed
}
