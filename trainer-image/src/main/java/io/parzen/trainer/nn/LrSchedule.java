package io.parzen.trainer.nn;

import java.util.Locale;

/**
 * The learning rate of each training step, as a pure function of the step.
 *
 * <p>{@code cosine}: a linear warm-up over the first {@code round(warmupFraction * totalSteps)}
 * steps (step {@code s} from 0 gets {@code peak * (s + 1) / W}), then a half cosine from
 * {@code peak} down to 0 at the last step. Why: with a constant Adam rate the weights, and the
 * batch-norm running statistics that lag them, still jump in the last epochs, so the validation
 * figure a study optimizes depends on which step training happened to end on. The warm-up keeps the
 * first steps of a freshly initialised net (whose batch-norm statistics are still settling) from
 * throwing it far off. {@code constant}: {@code peak} at every step.
 *
 * @param kind cosine or constant
 * @param peak the learning rate after warm-up
 * @param warmupFraction share of the steps spent warming up, in [0, 0.5]
 * @param totalSteps steps of the whole run (at least 1)
 */
public record LrSchedule(Kind kind, double peak, double warmupFraction, long totalSteps) {

    /** The schedule's shape. */
    public enum Kind {
        COSINE, CONSTANT;

        /** {@code cosine} or {@code constant}, case-insensitive; the message names the option. */
        public static Kind parse(String text) {
            return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
                case "cosine" -> COSINE;
                case "constant" -> CONSTANT;
                default -> throw new IllegalArgumentException("--lr-schedule must be cosine or constant, got '" + text + "'");
            };
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The default share of warm-up steps. */
    public static final double DEFAULT_WARMUP_FRACTION = 0.05;

    public LrSchedule {
        if (kind == null) {
            throw new IllegalArgumentException("--lr-schedule is missing");
        }
        if (!(peak > 0) || !Double.isFinite(peak)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + peak);
        }
        checkWarmupFraction(warmupFraction);
        if (totalSteps < 1) {
            throw new IllegalArgumentException("a schedule needs at least one step, got " + totalSteps);
        }
    }

    /** Rejects a warm-up share outside [0, 0.5], naming the option. */
    public static void checkWarmupFraction(double warmupFraction) {
        if (!(warmupFraction >= 0 && warmupFraction <= 0.5)) {
            throw new IllegalArgumentException("--warmup-fraction must be in 0..0.5, got " + warmupFraction);
        }
    }

    /** Warm-up steps. */
    public long warmupSteps() {
        return kind == Kind.CONSTANT ? 0 : Math.round(warmupFraction * totalSteps);
    }

    /** The rate of step {@code step} (from 0); steps past the end keep the last rate. */
    public double at(long step) {
        if (kind == Kind.CONSTANT) {
            return peak;
        }
        long s = Math.max(0, Math.min(step, totalSteps - 1));
        long warmup = warmupSteps();
        if (s < warmup) {
            return peak * (s + 1) / warmup;
        }
        long decaySteps = Math.max(1, totalSteps - warmup);
        return peak * 0.5 * (1 + Math.cos(Math.PI * (s - warmup) / decaySteps));
    }

    /** The same shape with another peak (the head's rate is the net's times a multiplier). */
    public LrSchedule scaled(double factor) {
        return new LrSchedule(kind, peak * factor, warmupFraction, totalSteps);
    }
}
