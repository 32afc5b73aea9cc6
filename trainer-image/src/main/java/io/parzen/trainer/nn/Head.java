package io.parzen.trainer.nn;

import java.util.Locale;

/** The network's output head. */
public enum Head {
    /** A 1x1 convolution with one filter per class. */
    BASELINE,
    /** A 1x1 convolution with {@code m} filters per class, each contiguous group of {@code m} summed into one class logit. */
    GROUPED;

    /** The command-line spelling: {@code baseline} or {@code grouped}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code baseline} or {@code grouped}, case-insensitively. */
    public static Head parse(String value) {
        for (Head h : values()) {
            if (h.label().equalsIgnoreCase(value.trim())) {
                return h;
            }
        }
        throw new IllegalArgumentException("--head must be baseline or grouped, got '" + value + "'");
    }
}
