package io.parzen.operator.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.StudyStatus;
import io.parzen.tpe.Goal;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
    }, null, warningsInto(warnings), Clock.systemUTC());

    /** Records each warning as "object reason: message". */
    static EventRecorder warningsInto(List<String> warnings) {
        return new EventRecorder() {
            @Override
            public void normal(HasMetadata about, String reason, String message) {}

            @Override
            public void warning(HasMetadata about, String reason, String message) {
                warnings.add(about.getMetadata().getName() + " " + reason + ": " + message);
            }
        };
    }

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

    private static final String FAILED_RETRY = "s ReportFailed: cannot write the study's report: connection refused";

    @Test
    void aFailedFinishIsTriedAgainAfterAWaitThatDoublesAndTheCallerIsToldWhenToComeBack() throws InterruptedException {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
        StudyReports retrying = new StudyReports((ns, storage) -> {
            opened.incrementAndGet();
            throw new IOException("connection refused");
        }, null, warningsInto(warnings), clock);
        Study s = study(1, null);
        assertEquals(Optional.of(Duration.ofSeconds(30)), retrying.reconciled(s, true, Goal.MINIMIZE),
                "writing: come back when a retry would be due");
        awaitWarnings(1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), retrying.reconciled(s, true, Goal.MINIMIZE), "waiting");
        clock.now = clock.now.plusSeconds(29);
        assertEquals(Optional.of(Duration.ofSeconds(1)), retrying.reconciled(s, true, Goal.MINIMIZE));
        assertEquals(1, opened.get(), "not before the wait is over");
        clock.now = clock.now.plusSeconds(1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), retrying.reconciled(s, true, Goal.MINIMIZE),
                "the second try: its failure would wait 60 s");
        awaitWarnings(2);
        assertEquals(2, opened.get());
        clock.now = clock.now.plusSeconds(59);
        retrying.reconciled(s, true, Goal.MINIMIZE);
        assertEquals(2, opened.get(), "the wait doubled");
        clock.now = clock.now.plusSeconds(1);
        retrying.reconciled(s, true, Goal.MINIMIZE);
        awaitWarnings(3);
        assertEquals(3, opened.get());
        assertEquals(Optional.empty(), retrying.reconciled(study(1, 1L), true, Goal.MINIMIZE), "written: nothing waits");
        retrying.forget(s);
        retrying.close();
        assertEquals(List.of(FAILED_RETRY, FAILED_RETRY, FAILED_RETRY), warnings);
    }

    private void awaitWarnings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (warnings.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, warnings.size()); // the writer records the failure's wait before its Event
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
