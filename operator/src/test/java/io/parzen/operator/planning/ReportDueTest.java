package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parzen.operator.api.StudyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDueTest {
    @ParameterizedTest(name = "done {0}, status {1}, report of {2}, generation {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        false | true  | null | 1    | false
        true  | false | null | 1    | true
        true  | true  | null | 1    | true
        true  | true  | 1    | 1    | false
        true  | true  | 1    | 2    | true
        true  | true  | 2    | 1    | true
        true  | true  | null | null | false
        """)
    void dueOncePerFinishedGeneration(boolean done, boolean hasStatus, Long reportGeneration, Long generation,
            boolean due) {
        StudyStatus status = null;
        if (hasStatus) {
            status = new StudyStatus();
            status.setReportGeneration(reportGeneration);
        }
        assertEquals(due, ReportDue.due(done, status, generation));
    }

    @ParameterizedTest
    @CsvSource({"parzen, studies/s/report/index.html, s3://parzen/studies/s/report/index.html"})
    void urlNamesBucketAndKey(String bucket, String key, String url) {
        assertEquals(url, ReportDue.url(bucket, key));
    }
}
