package io.parzen.operator.metrics;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of seconds with fixed upper bounds, safe to observe from many threads. */
final class Histogram {
    private final String name;
    private final String help;
    private final double[] bounds;
    private final AtomicLongArray buckets;
    private final LongAdder count = new LongAdder();
    private final DoubleAdder sum = new DoubleAdder();

    /** A histogram called {@code name} with the cumulative upper {@code bounds}, ascending. */
    Histogram(String name, String help, double... bounds) {
        this.name = name;
        this.help = help;
        this.bounds = bounds.clone();
        this.buckets = new AtomicLongArray(bounds.length);
    }

    /** Records one observation. */
    void observe(double seconds) {
        count.increment();
        sum.add(seconds);
        for (int i = 0; i < bounds.length; i++) {
            if (seconds <= bounds[i]) {
                buckets.incrementAndGet(i);
            }
        }
    }

    /** Observations so far at or under {@code bound}, which must be one of the bounds. */
    long atMost(double bound) {
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] == bound) {
                return buckets.get(i);
            }
        }
        throw new IllegalArgumentException("not a bucket bound of " + name + ": " + bound);
    }

    /** Observations so far. */
    long count() {
        return count.sum();
    }

    /** Appends the histogram in the text exposition format. */
    void write(StringBuilder out) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        for (int i = 0; i < bounds.length; i++) {
            out.append(name).append("_bucket{le=\"").append(number(bounds[i])).append("\"} ").append(buckets.get(i)).append('\n');
        }
        out.append(name).append("_bucket{le=\"+Inf\"} ").append(count.sum()).append('\n');
        out.append(name).append("_sum ").append(number(sum.sum())).append('\n');
        out.append(name).append("_count ").append(count.sum()).append('\n');
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
