package io.parzen.operator.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Composes one mask row from the trainer's mask images. A trainer mask image holds three square
 * panels side by side, image | truth | prediction, separated by a small gap; the row is image |
 * truth | best prediction | baseline-like prediction, each panel the best trial's size.
 */
final class MaskComposer {
    /** What stands in for a missing or unreadable panel. */
    static final Color MISSING = new Color(0xBBBBBB);

    private MaskComposer() {}

    /** The three panels of a trainer mask image, or null when the bytes are not an image. */
    static BufferedImage[] split(byte[] png) {
        BufferedImage image;
        try {
            image = png == null ? null : ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return null;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int size;
        int gap;
        if (w >= 3 * h) {
            size = h; // square tiles: whatever is left over is two equal gaps
            gap = (w - 3 * h) / 2;
        } else {
            size = w / 3;
            gap = 0;
        }
        BufferedImage[] panels = new BufferedImage[3];
        for (int p = 0; p < 3; p++) {
            panels[p] = image.getSubimage(p * (size + gap), 0, size, Math.min(h, image.getHeight()));
        }
        return panels;
    }

    /**
     * The row as PNG bytes: {@code best} split into image, truth, prediction, then the
     * prediction of {@code baseline} (scaled to the same size); a grey panel for what is missing.
     */
    static byte[] compose(byte[] best, byte[] baseline, int gap) {
        BufferedImage[] b = split(best);
        BufferedImage[] o = split(baseline);
        int w = b != null ? b[0].getWidth() : o != null ? o[0].getWidth() : 64;
        int h = b != null ? b[0].getHeight() : o != null ? o[0].getHeight() : 64;
        BufferedImage row = new BufferedImage(4 * w + 3 * gap, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = row.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, row.getWidth(), h);
            BufferedImage[] panels = {
                b == null ? null : b[0], b == null ? null : b[1], b == null ? null : b[2], o == null ? null : o[2],
            };
            for (int p = 0; p < 4; p++) {
                int x = p * (w + gap);
                if (panels[p] == null) {
                    g.setColor(MISSING);
                    g.fillRect(x, 0, w, h);
                } else {
                    g.drawImage(panels[p], x, 0, w, h, null);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(row, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return out.toByteArray();
    }
}
