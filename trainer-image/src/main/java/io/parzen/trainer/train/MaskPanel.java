package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.Tile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A mask image for people: the tile, its truth and the prediction side by side (each {@code size}
 * pixels wide, separated by a 2 px white gap). Palette: background dark grey, building amber,
 * border cyan.
 */
public final class MaskPanel {

    /** RGB of background, building, border. */
    public static final int[] PALETTE = {0x282828, 0xFFAA00, 0x00C8FF};
    /** Pixels between panels. */
    public static final int GAP = 2;

    private MaskPanel() {}

    /** Width of the panel image of a tile of {@code size}. */
    public static int width(int size) {
        return 3 * size + 2 * GAP;
    }

    /** The panel as an image. */
    public static BufferedImage image(Tile tile, byte[] predicted) {
        int s = tile.size();
        BufferedImage img = new BufferedImage(width(s), s, BufferedImage.TYPE_INT_RGB);
        int plane = s * s;
        float[] px = tile.image();
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                int p = y * s + x;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float v = px[Math.min(c, tile.channels() - 1) * plane + p];
                    rgb = (rgb << 8) | Math.max(0, Math.min(255, Math.round(v * 255)));
                }
                img.setRGB(x, y, rgb);
                img.setRGB(s + GAP + x, y, PALETTE[tile.mask()[p]]);
                img.setRGB(2 * (s + GAP) + x, y, PALETTE[predicted[p]]);
            }
            for (int g = 0; g < GAP; g++) {
                img.setRGB(s + g, y, 0xFFFFFF);
                img.setRGB(2 * s + GAP + g, y, 0xFFFFFF);
            }
        }
        return img;
    }

    /** The panel as PNG bytes. */
    public static byte[] png(Tile tile, byte[] predicted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(tile, predicted), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a PNG in memory failed", e);
        }
        return out.toByteArray();
    }

    /** The name of a tile's mask image: {@code <imageId>_x<X>_y<Y>}. */
    public static String name(Tile tile) {
        return tile.imageId() + "_x" + tile.x() + "_y" + tile.y();
    }
}
