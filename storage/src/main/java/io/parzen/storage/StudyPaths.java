package io.parzen.storage;

/**
 * Keys of one study: its trials' output folders and its report.
 *
 * @param study the study name (the Study resource's name)
 */
public record StudyPaths(String study) {
    /** Validates the name as one key segment. */
    public StudyPaths {
        Keys.requireSegment("study name", study);
    }

    /** {@code studies/<study>/}. */
    public String prefix() {
        return ObjectLayout.STUDIES + study + "/";
    }

    /** {@code studies/<study>/trials/}, for listing every trial's output. */
    public String trialsPrefix() {
        return prefix() + "trials/";
    }

    /** The output folder of one trial. */
    public TrialPaths trial(String trial) {
        return TrialPaths.under(trialsPrefix() + Keys.requireSegment("trial name", trial) + "/");
    }

    /** {@code studies/<study>/report/}. */
    public String reportPrefix() {
        return prefix() + "report/";
    }

    /** {@code studies/<study>/report/index.html}. */
    public String reportIndex() {
        return reportFile("index.html");
    }

    /** A file next to the report's index, such as a PNG chart. */
    public String reportFile(String fileName) {
        return reportPrefix() + Keys.requireSegment("report file name", fileName);
    }
}
