package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.StudyStatus;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the operator draws a Study's report, and what a store that refuses it leads to. */
class StudyReportsTest {
    private final AtomicInteger opened = new AtomicInteger();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final StudyReports reports = new StudyReports((ns, storage) -> {
        opened.incrementAndGet();
        throw new IOException("Access Denied (studies/s/report/index.html in s3://parzen)");
    }, null, new EventRecorder() {
        @Override
        public void normal(HasMetadata about, String reason, String message) {}

        @Override
        public void warning(HasMetadata about, String reason, String message) {
            warnings.add(about.getMetadata().getName() + " " + reason + ": " + message);
        }
    }, Clock.systemUTC());

    static Study study(long generation, Long reportGeneration) {
        Study s = StudyReconcilerTest.study("s");
        s.getMetadata().setGeneration(generation);
        s.setStatus(new StudyStatus());
        s.getStatus().setReportGeneration(reportGeneration);
        return s;
    }

    @Test
    void onceForEachFinishedGenerationAndAFailureIsAWarningEvent() {
        reports.reconciled(study(1, null), false, Goal.MINIMIZE); // still running
        reports.reconciled(study(1, null), true, Goal.MINIMIZE);
        reports.reconciled(study(1, null), true, Goal.MINIMIZE); // the same finish, reconciled again
        reports.reconciled(study(2, 2L), true, Goal.MINIMIZE); // the status says it is written
        reports.reconciled(study(3, 2L), true, Goal.MINIMIZE); // raised maxTrials, finished again
        reports.close();
        assertEquals(2, opened.get(), "generations 1 and 3");
        assertEquals(List.of(
                "s ReportFailed: cannot write the study's report: Access Denied (studies/s/report/index.html in s3://parzen)",
                "s ReportFailed: cannot write the study's report: Access Denied (studies/s/report/index.html in s3://parzen)"),
                warnings);
    }

    @Test
    void aFailedFinishIsNotTriedAgainUntilTheStudyIsForgotten() {
        reports.reconciled(study(1, null), true, Goal.MINIMIZE);
        reports.forget(study(1, null));
        reports.reconciled(study(1, null), true, Goal.MINIMIZE);
        reports.close();
        assertEquals(2, opened.get());
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("s ReportFailed")), warnings.toString());
    }
}
