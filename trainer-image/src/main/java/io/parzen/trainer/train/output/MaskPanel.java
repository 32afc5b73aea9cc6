package io.parzen.trainer.train.output;

import io.parzen.trainer.data.pixels.Tile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A mask image for people: the tile, its truth and the prediction side by side, separated by a
 * 2 px white gap. Small tiles are enlarged (nearest neighbour, an integer factor) so that each
 * panel is at least {@link #MIN_PANEL} pixels wide: a 64 px tile is unreadable in a report.
 * Palette: background dark grey, building amber, border cyan.
 */
public final class MaskPanel {

    /** RGB of background, building, border. */
    public static final int[] PALETTE = {0x282828, 0xFFAA00, 0x00C8FF};
    /** Pixels between panels. */
    public static final int GAP = 2;
    /** Smallest width of one panel. */
    public static final int MIN_PANEL = 256;

    private MaskPanel() {}

    /** Integer enlargement of a tile of {@code size}. */
    public static int scale(int size) {
        return Math.max(1, (MIN_PANEL + size - 1) / size);
    }

    /** Width (and height) of one panel of a tile of {@code size}. */
    public static int panel(int size) {
        return size * scale(size);
    }

    /** Width of the panel image of a tile of {@code size}. */
    public static int width(int size) {
        return 3 * panel(size) + 2 * GAP;
    }

    /** The panel as an image. */
    public static BufferedImage image(Tile tile, byte[] predicted) {
        int s = tile.size();
        int k = scale(s);
        int w = panel(s);
        BufferedImage img = new BufferedImage(width(s), w, BufferedImage.TYPE_INT_RGB);
        int plane = s * s;
        float[] px = tile.image();
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int p = (y / k) * s + x / k;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float v = px[Math.min(c, tile.channels() - 1) * plane + p];
                    rgb = (rgb << 8) | Math.max(0, Math.min(255, Math.round(v * 255)));
                }
                img.setRGB(x, y, rgb);
                img.setRGB(w + GAP + x, y, PALETTE[tile.mask()[p]]);
                img.setRGB(2 * (w + GAP) + x, y, PALETTE[predicted[p]]);
            }
            for (int g = 0; g < GAP; g++) {
                img.setRGB(w + g, y, 0xFFFFFF);
                img.setRGB(2 * w + GAP + g, y, 0xFFFFFF);
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
