package io.parzen.trainer.tensorboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TFRecord framing and Event encoding against known vectors and the independent test decoder. */
class TensorBoardFormatTest {

    @Test
    void crc32cOfTheStandardCheckString() {
        // CRC-32C("123456789") = 0xE3069283 (RFC 3720); masked as TensorFlow does.
        int crc = 0xE3069283;
        int masked = ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(masked, TfRecord.maskedCrc(check, 0, check.length));
        assertEquals(masked, EventReader.masked(check, 0, check.length));
    }

    @Test
    void protobufVarintsAndTags() {
        // The protobuf documentation's example: field 1 = 150 is 08 96 01.
        assertArrayEquals(new byte[] {0x08, (byte) 0x96, 0x01}, new ProtoWriter().varint(1, 150).toByteArray());
        assertArrayEquals(new byte[] {0x12, 0x02, 'h', 'i'}, new ProtoWriter().string(2, "hi").toByteArray());
    }

    @Test
    void eventsRoundTripThroughTheIndependentDecoder() {
        EventFile file = new EventFile(1700000000.5, "host");
        file.add(Events.scalar(1700000001, 3, "valLoss", 0.25f));
        file.add(Events.histogram(1700000002, 3, "enc0_conv1/W", new double[] {-1, 0, 1}, new long[] {2, 5}, 1, 4));
        file.add(Events.image(1700000003, 3, "masks/a", 10, 4, new byte[] {1, 2, 3}));
        List<byte[]> records = EventReader.records(file.bytes());
        assertEquals(4, records.size());
        assertEquals(Events.FILE_VERSION, EventReader.event(records.get(0)).fileVersion());
        EventReader.Event scalar = EventReader.event(records.get(1));
        assertEquals("valLoss", scalar.tag());
        assertEquals(3, scalar.step());
        assertEquals(0.25f, scalar.scalar());
        EventReader.Event h = EventReader.event(records.get(2));
        assertArrayEquals(new double[] {0, 1}, h.bucketLimits());
        assertArrayEquals(new double[] {2, 5}, h.buckets());
        assertEquals(7, h.histoNum());
        EventReader.Event img = EventReader.event(records.get(3));
        assertEquals(10, img.imageWidth());
        assertEquals(4, img.imageHeight());
        assertArrayEquals(new byte[] {1, 2, 3}, img.imagePng());
        assertEquals("events.out.tfevents.1700000000.host", file.name());
    }

    @Test
    void aCorruptedByteFailsTheCrc() {
        EventFile file = new EventFile(1, "h");
        file.add(Events.scalar(1, 1, "x", 1f));
        byte[] bytes = file.bytes();
        bytes[bytes.length - 6] ^= 1;
        assertThrows(IllegalStateException.class, () -> EventReader.records(bytes));
    }
}
