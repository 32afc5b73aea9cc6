package io.parzen.trainer.data.geo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoTiffBadInputTest {

    private static byte[] good() {
        return GeoTiffWriter.write(new GeoTiff(Fixtures.ramp(64, 64, 3), Fixtures.NON_SQUARE));
    }

    private static byte[] imageIo(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] garbledDirectory() {
        byte[] b = good();
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(b).order(b[0] == 'I'
                ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = header.getInt(4);
        Arrays.fill(b, ifd + 2, Math.min(b.length, ifd + 2 + 12 * 6), (byte) 0xEE);
        return b;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty file", (Supplier<byte[]>) () -> new byte[0], "not a TIFF file"),
                Arguments.of("PNG", (Supplier<byte[]>) () -> imageIo(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png"),
                        "not a TIFF file"),
                Arguments.of("BigTIFF", (Supplier<byte[]>) () -> new byte[] {'I', 'I', 43, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                        "BigTIFF is not supported"),
                Arguments.of("truncated data", (Supplier<byte[]>) () -> Arrays.copyOf(good(), good().length * 2 / 3),
                        "truncated TIFF"),
                Arguments.of("truncated header", (Supplier<byte[]>) () -> Arrays.copyOf(good(), 12), "corrupt or truncated TIFF"),
                Arguments.of("garbled directory", (Supplier<byte[]>) GeoTiffBadInputTest::garbledDirectory, "TIFF"),
                Arguments.of("no georeferencing", (Supplier<byte[]>) () -> GeoTiffWriter.write(Fixtures.ramp(8, 8, 3), null),
                        "no georeferencing"),
                Arguments.of("8-bit RGB", (Supplier<byte[]>) () -> imageIo(new BufferedImage(8, 8, BufferedImage.TYPE_3BYTE_BGR), "tiff"),
                        "8-bit imagery"),
                Arguments.of("4 bands", (Supplier<byte[]>) () -> GeoTiffWriter.write(Fixtures.ramp(8, 8, 4), Fixtures.NON_SQUARE),
                        "4 bands; expected 3"),
                Arguments.of("1 band", (Supplier<byte[]>) () -> GeoTiffWriter.write(Fixtures.ramp(8, 8, 1), Fixtures.NON_SQUARE),
                        "1 band; expected 3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void rejectedWithFileAndProblemInTheMessage(String name, Supplier<byte[]> bytes, String problem) {
        byte[] data = bytes.get();
        DataFormatException e = assertThrows(DataFormatException.class, () -> GeoTiffReader.read(data, "tiles/bad.tif", 3));
        assertTrue(e.getMessage().startsWith("tiles/bad.tif: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), name + ": " + e.getMessage());
    }
}
