package io.parzen.operator.report;

import io.parzen.operator.store.TrialRecord;
import io.parzen.storage.MetricsLine;
import java.util.Arrays;
import java.util.List;

/**
 * The two building F1 scores both trial tables show beside the objective, from the metrics line of
 * the epoch whose objective was reported ({@link TrialRecord#reportLine()}); {@code -} when the
 * trainer did not write the key (trainers of other images need not).
 */
enum BuildingF1 {
    /** Pixel F1 of the building class (this project's trainer also writes it as {@code valF1}). */
    PIXEL("f1Building", "PIXEL-F1", "pixel F1"),
    /** SpaceNet's object F1: predicted and true footprints matched at IoU 0.5 or more. */
    OBJECT(MetricsLine.BUILDING_F1, "OBJECT-F1", "object F1");

    /** The metrics-line key. */
    final String key;
    /** The {@code parzen trials} column header. */
    final String header;
    /** The report's column header. */
    final String label;

    BuildingF1(String key, String header, String label) {
        this.key = key;
        this.header = header;
        this.label = label;
    }

    /** The trial's score as a table cell. */
    String cell(TrialRecord trial) {
        return Formats.number(trial.reportMetric(key));
    }

    /** The metrics keys of both scores. */
    static List<String> keys() {
        return Arrays.stream(values()).map(f1 -> f1.key).toList();
    }
}
