package io.parzen.trainer.tensorboard;

/**
 * TensorBoard's {@code Event} protos (tensorflow/core/util/event.proto, summary.proto), encoded by
 * hand: {@code Event{wall_time=1 double, step=2 int64, file_version=3 string, summary=5}},
 * {@code Summary{value=1 repeated}}, {@code Summary.Value{tag=1, simple_value=2 float, image=4, histo=5}},
 * {@code Summary.Image{height=1, width=2, colorspace=3, encoded_image_string=4}},
 * {@code HistogramProto{min=1, max=2, num=3, sum=4, sum_squares=5, bucket_limit=6 packed, bucket=7 packed}}.
 */
public final class Events {

    /** The version string of the first event of every file. */
    public static final String FILE_VERSION = "brain.Event:2";

    private Events() {}

    /** The first event of a file. */
    public static byte[] fileVersion(double wallTime) {
        return new ProtoWriter().fixedDouble(1, wallTime).string(3, FILE_VERSION).toByteArray();
    }

    /** A scalar. */
    public static byte[] scalar(double wallTime, long step, String tag, float value) {
        ProtoWriter v = new ProtoWriter().string(1, tag).fixedFloat(2, value);
        return event(wallTime, step, v);
    }

    /** A PNG image; colorspace 3 = RGB. */
    public static byte[] image(double wallTime, long step, String tag, int width, int height, byte[] png) {
        ProtoWriter img = new ProtoWriter().varint(1, height).varint(2, width).varint(3, 3).bytes(4, png);
        return event(wallTime, step, new ProtoWriter().string(1, tag).message(4, img));
    }

    /**
     * A histogram. TensorBoard reads {@code bucket_limit[i]} as the right edge of bucket {@code i}, the
     * left edge being the previous limit (or {@code min} for the first).
     *
     * @param edges ascending edges, one more than {@code counts}
     */
    public static byte[] histogram(double wallTime, long step, String tag, double[] edges, long[] counts,
                                   double sum, double sumSquares) {
        double[] limits = new double[counts.length];
        double[] buckets = new double[counts.length];
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            limits[i] = edges[i + 1];
            buckets[i] = counts[i];
            n += counts[i];
        }
        ProtoWriter h = new ProtoWriter().fixedDouble(1, edges[0]).fixedDouble(2, edges[edges.length - 1])
                .fixedDouble(3, n).fixedDouble(4, sum).fixedDouble(5, sumSquares)
                .packedDoubles(6, limits).packedDoubles(7, buckets);
        return event(wallTime, step, new ProtoWriter().string(1, tag).message(5, h));
    }

    private static byte[] event(double wallTime, long step, ProtoWriter value) {
        ProtoWriter summary = new ProtoWriter().message(1, value);
        return new ProtoWriter().fixedDouble(1, wallTime).varint(2, step).message(5, summary).toByteArray();
    }
}
