package io.parzen.trainer.tensorboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the protocol buffers wire format by hand (varints, 64- and 32-bit fixed, length-delimited
 * fields), enough for TensorBoard's Event protos without a protobuf dependency.
 */
public final class ProtoWriter {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** An int32/int64 field (negative values take ten bytes, as protobuf encodes them). */
    public ProtoWriter varint(int field, long value) {
        tag(field, VARINT);
        rawVarint(value);
        return this;
    }

    /** A double field. */
    public ProtoWriter fixedDouble(int field, double value) {
        tag(field, FIXED64);
        rawFixed64(Double.doubleToLongBits(value));
        return this;
    }

    /** A float field. */
    public ProtoWriter fixedFloat(int field, float value) {
        tag(field, FIXED32);
        int bits = Float.floatToIntBits(value);
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return this;
    }

    /** A bytes field (also an embedded message). */
    public ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        rawVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    /** A string field, UTF-8. */
    public ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An embedded message. */
    public ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A packed repeated double field. */
    public ProtoWriter packedDoubles(int field, double[] values) {
        ProtoWriter packed = new ProtoWriter();
        for (double v : values) {
            packed.rawFixed64(Double.doubleToLongBits(v));
        }
        return bytes(field, packed.toByteArray());
    }

    /** The encoded message. */
    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int field, int wireType) {
        rawVarint(((long) field << 3) | wireType);
    }

    private void rawVarint(long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private void rawFixed64(long bits) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)));
        }
    }
}
