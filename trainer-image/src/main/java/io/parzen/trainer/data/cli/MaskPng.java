package io.parzen.trainer.data.cli;

import io.parzen.trainer.data.label.LabelMask;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Encodes a mask as an 8-bit greyscale PNG whose pixel values are the class indices 0, 1, 2. */
public final class MaskPng {

    private MaskPng() {}

    public static byte[] encode(LabelMask mask) {
        BufferedImage img = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(mask.classes(), 0, pixels, 0, pixels.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }
}
