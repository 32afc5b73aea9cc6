package io.parzen.operator.planning;

import io.parzen.operator.api.StudyStatus;
import java.util.Objects;

/**
 * Whether the operator writes a Study's report now (pure): once per finish, that is once per
 * {@code metadata.generation} that ended (a raised maxTrials bumps the generation, runs more trials
 * and finishes again, so the report is written again), and never while trials still run.
 */
public final class ReportDue {
    private ReportDue() {}

    /**
     * @param done whether the study is finished (the plan says so)
     * @param status the Study's status as last read (null when none)
     * @param generation the Study's {@code metadata.generation}
     */
    public static boolean due(boolean done, StudyStatus status, Long generation) {
        if (!done || generation == null) {
            return false;
        }
        return status == null || !Objects.equals(status.getReportGeneration(), generation);
    }

    /** The report's address as the Study's status shows it: {@code s3://bucket/key}. */
    public static String url(String bucket, String indexKey) {
        return "s3://" + bucket + "/" + indexKey;
    }
}
