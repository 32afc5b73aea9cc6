package io.parzen.trainer.tensorboard;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-side decoder of TensorBoard event files, written independently of the writer: TFRecord
 * framing with both CRCs verified, then the protobuf wire format of Event and Summary.Value.
 */
public final class EventReader {

    /** One decoded event: a version event, or one summary value. */
    public record Event(double wallTime, long step, String fileVersion, String tag, Float scalar,
                        byte[] imagePng, int imageWidth, int imageHeight, double[] bucketLimits, double[] buckets,
                        double histoNum) {}

    private EventReader() {}

    /** Splits the file into records, checking the length and data CRCs of each. */
    public static List<byte[]> records(byte[] file) {
        List<byte[]> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (b.remaining() < 12) {
                throw new IllegalStateException("truncated record header at " + b.position());
            }
            int headerAt = b.position();
            long length = b.getLong();
            int lengthCrc = b.getInt();
            if (lengthCrc != masked(file, headerAt, 8)) {
                throw new IllegalStateException("length CRC mismatch at " + headerAt);
            }
            byte[] data = new byte[(int) length];
            b.get(data);
            int dataCrc = b.getInt();
            if (dataCrc != masked(data, 0, data.length)) {
                throw new IllegalStateException("data CRC mismatch at " + headerAt);
            }
            out.add(data);
        }
        return out;
    }

    /** Decodes one Event record (the first summary value only; the writer puts one per event). */
    public static Event event(byte[] data) {
        Fields e = new Fields(data);
        double wall = 0;
        long step = 0;
        String version = null;
        byte[] summary = null;
        while (e.next()) {
            switch (e.field) {
                case 1 -> wall = Double.longBitsToDouble(e.fixed64);
                case 2 -> step = e.varint;
                case 3 -> version = new String(e.bytes, StandardCharsets.UTF_8);
                case 5 -> summary = e.bytes;
                default -> { }
            }
        }
        if (summary == null) {
            return new Event(wall, step, version, null, null, null, 0, 0, null, null, 0);
        }
        Fields s = new Fields(summary);
        byte[] value = null;
        while (s.next()) {
            if (s.field == 1) {
                value = s.bytes;
            }
        }
        Fields v = new Fields(value);
        String tag = null;
        Float scalar = null;
        byte[] png = null;
        int w = 0;
        int h = 0;
        double[] limits = null;
        double[] buckets = null;
        double num = 0;
        while (v.next()) {
            switch (v.field) {
                case 1 -> tag = new String(v.bytes, StandardCharsets.UTF_8);
                case 2 -> scalar = Float.intBitsToFloat(v.fixed32);
                case 4 -> {
                    Fields img = new Fields(v.bytes);
                    while (img.next()) {
                        switch (img.field) {
                            case 1 -> h = (int) img.varint;
                            case 2 -> w = (int) img.varint;
                            case 4 -> png = img.bytes;
                            default -> { }
                        }
                    }
                }
                case 5 -> {
                    Fields histo = new Fields(v.bytes);
                    while (histo.next()) {
                        switch (histo.field) {
                            case 3 -> num = Double.longBitsToDouble(histo.fixed64);
                            case 6 -> limits = doubles(histo.bytes);
                            case 7 -> buckets = doubles(histo.bytes);
                            default -> { }
                        }
                    }
                }
                default -> { }
            }
        }
        return new Event(wall, step, version, tag, scalar, png, w, h, limits, buckets, num);
    }

    private static double[] doubles(byte[] packed) {
        ByteBuffer b = ByteBuffer.wrap(packed).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[packed.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getDouble();
        }
        return out;
    }

    /** CRC32C computed bit by bit (Castagnoli polynomial, reflected 0x82F63B78), then TensorFlow's mask. */
    static int masked(byte[] data, int offset, int length) {
        int crc = 0xFFFFFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc >>> 1) ^ (0x82F63B78 & -(crc & 1));
            }
        }
        crc = ~crc;
        return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
    }

    /** A cursor over protobuf fields. */
    private static final class Fields {
        private final ByteBuffer b;
        int field;
        long varint;
        long fixed64;
        int fixed32;
        byte[] bytes;

        Fields(byte[] data) {
            b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        }

        boolean next() {
            if (!b.hasRemaining()) {
                return false;
            }
            long key = readVarint();
            field = (int) (key >>> 3);
            switch ((int) (key & 7)) {
                case 0 -> varint = readVarint();
                case 1 -> fixed64 = b.getLong();
                case 2 -> {
                    bytes = new byte[(int) readVarint()];
                    b.get(bytes);
                }
                case 5 -> fixed32 = b.getInt();
                default -> throw new IllegalStateException("wire type " + (key & 7));
            }
            return true;
        }

        private long readVarint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = b.get();
                result |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalStateException("varint too long");
        }
    }
}
