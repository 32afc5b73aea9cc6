package io.parzen.trainer.train.output;

import io.parzen.storage.MetricsLine;
import java.util.Locale;

/** The one console line per epoch. */
public final class ConsoleLine {

    private ConsoleLine() {}

    /** E.g. {@code epoch  3/10  train 0.4120  val 0.4551  IoU bldg 0.612 border 0.301  F1 px 0.759 obj 0.520  12.3 s}. */
    public static String format(MetricsLine m, int epochs) {
        return String.format(Locale.ROOT,
                "epoch %3d/%d  train %.4f  val %.4f  IoU bldg %.3f border %.3f  F1 px %.3f obj %.3f  %.1f s (data %.1f s)",
                m.epoch(), epochs, m.trainLoss(), m.valLoss(), get(m, MetricsLine.VAL_IOU), get(m, "iouBorder"),
                get(m, MetricsLine.VAL_F1), get(m, MetricsLine.BUILDING_F1), get(m, MetricsLine.SECONDS),
                get(m, "dataSeconds"));
    }

    private static double get(MetricsLine m, String key) {
        return m.metric(key).orElse(Double.NaN);
    }
}
