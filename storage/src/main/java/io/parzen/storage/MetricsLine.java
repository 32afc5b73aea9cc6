package io.parzen.storage;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One line of {@code metrics.jsonl}: what a trainer reports after an epoch.
 *
 * <p>{@code epoch}, {@code trainLoss} and {@code valLoss} are always there; any other numeric key
 * (see the constants) is kept in {@code extras} and written flat next to them, because a Study's
 * {@code spec.objective.metric} may name any key. {@code plannedEpochs}, optional, is not a metric:
 * it tells the early-stopping rules which epoch is the run's last. Example:
 * <pre>{"epoch":3,"plannedEpochs":10,"trainLoss":0.41,"valLoss":0.47,"seconds":12.5,"valIoU":0.61}</pre>
 * A non-finite value (a diverged loss) is written as the string {@code "NaN"} or
 * {@code "Infinity"} and read back as the number.
 *
 * @param epoch the epoch just finished, from 1
 * @param plannedEpochs how many epochs the run trains in all (its {@code --epochs}); null when the
 *     trainer does not say (older trainers, custom images). Read leniently: anything but a whole
 *     number >= 1 reads as null, since a bad hint should only turn the hint off, not make the line
 *     (and so the trial's progress) unreadable
 * @param trainLoss mean training loss over the epoch
 * @param valLoss validation loss after the epoch
 * @param extras every other metric, by key, sorted; never null
 */
@JsonPropertyOrder({"epoch", "plannedEpochs", "trainLoss", "valLoss"})
public record MetricsLine(
        int epoch,
        @JsonDeserialize(using = MetricsLine.LenientCount.class) Integer plannedEpochs,
        double trainLoss,
        double valLoss,
        @JsonAnySetter @JsonAnyGetter Map<String, Double> extras) {

    /** Key of {@link #epoch}. */
    public static final String EPOCH = "epoch";
    /** Key of {@link #plannedEpochs}. */
    public static final String PLANNED_EPOCHS = "plannedEpochs";
    /** Key of {@link #trainLoss}. */
    public static final String TRAIN_LOSS = "trainLoss";
    /** Key of {@link #valLoss}. */
    public static final String VAL_LOSS = "valLoss";
    /** Mean intersection over union on the validation set (building class). */
    public static final String VAL_IOU = "valIoU";
    /** Pixel F1 on the validation set (building class). */
    public static final String VAL_F1 = "valF1";
    /** Object-level building F1 (SpaceNet metric, IoU >= 0.5 matches). */
    public static final String BUILDING_F1 = "buildingF1";
    /** Wall-clock seconds the epoch took. */
    public static final String SECONDS = "seconds";

    /** Copies the extras into a sorted, unmodifiable map and keeps the fixed keys out of it. */
    public MetricsLine {
        if (plannedEpochs != null && plannedEpochs < 1) {
            throw new IllegalArgumentException("plannedEpochs " + plannedEpochs + " must be >= 1");
        }
        TreeMap<String, Double> sorted = new TreeMap<>();
        if (extras != null) {
            extras.forEach((key, value) -> {
                if (key.equals(EPOCH) || key.equals(PLANNED_EPOCHS) || key.equals(TRAIN_LOSS) || key.equals(VAL_LOSS)) {
                    throw new IllegalArgumentException("extra metric '" + key + "' clashes with a fixed field");
                }
                sorted.put(key, Objects.requireNonNull(value, () -> "metric " + key + " is null"));
            });
        }
        extras = Collections.unmodifiableMap(sorted);
    }

    /** A line that does not state the planned epoch count. */
    public MetricsLine(int epoch, double trainLoss, double valLoss, Map<String, Double> extras) {
        this(epoch, null, trainLoss, valLoss, extras);
    }

    /** A line with no extra metrics. */
    public static MetricsLine of(int epoch, double trainLoss, double valLoss) {
        return new MetricsLine(epoch, trainLoss, valLoss, Map.of());
    }

    /** This line with one more (or a replaced) extra metric. */
    public MetricsLine with(String key, double value) {
        TreeMap<String, Double> more = new TreeMap<>(extras);
        more.put(key, value);
        return new MetricsLine(epoch, plannedEpochs, trainLoss, valLoss, more);
    }

    /** This line stating that the run trains {@code total} epochs in all. */
    public MetricsLine withPlannedEpochs(int total) {
        return new MetricsLine(epoch, total, trainLoss, valLoss, extras);
    }

    /** The planned epoch count the latest line stating one gives; empty when none does. */
    public static OptionalInt plannedEpochs(List<MetricsLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).plannedEpochs() != null) {
                return OptionalInt.of(lines.get(i).plannedEpochs());
            }
        }
        return OptionalInt.empty();
    }

    /** The value of any key of the line, fixed or extra; empty when the line does not carry it. */
    public OptionalDouble metric(String key) {
        switch (key) {
            case EPOCH:
                return OptionalDouble.of(epoch);
            case TRAIN_LOSS:
                return OptionalDouble.of(trainLoss);
            case VAL_LOSS:
                return OptionalDouble.of(valLoss);
            default:
                Double value = extras.get(key);
                return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
    }

    /** Reads {@code plannedEpochs}: a whole number >= 1, or null for anything else. */
    static final class LenientCount extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = context.readTree(parser);
            return node.isNumber() && node.canConvertToExactIntegral() && node.canConvertToInt() && node.intValue() >= 1
                    ? node.intValue() : null;
        }
    }
}
