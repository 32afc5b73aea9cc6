package io.parzen.trainer.data.label;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Draws the seed's 3-class mask from footprints in pixel space. Pure and fast: two JTS buffers per
 * footprint, then scanline fills (about a millisecond for a 650x650 tile with 100 buildings).
 *
 * <p>For a footprint F and half width h ({@link #DEFAULT_BORDER_WIDTH}/2 = 2.5 px):
 * interior = F.buffer(-h), ring = F.buffer(+h) minus F.buffer(-h). Footprints whose interior is empty
 * are dropped, as SpaceNet's tools drop buildings too small to survive the inward buffer. Where
 * buildings touch, the border wins over a neighbour's interior, so touching buildings stay separated.
 * Pixels are sampled at their centres (see {@link ScanlineFill}).
 */
public final class MaskRenderer {

    /** Width of the border ring in pixels, half outside and half inside the footprint edge. */
    public static final double DEFAULT_BORDER_WIDTH = 5.0;

    private final double half;

    public MaskRenderer(double borderWidth) {
        if (!(borderWidth > 0)) {
            throw new IllegalArgumentException("border width must be positive, got " + borderWidth);
        }
        this.half = borderWidth / 2;
    }

    public MaskRenderer() {
        this(DEFAULT_BORDER_WIDTH);
    }

    /** Draws the mask of a {@code width x height} image. */
    public LabelMask render(Footprints footprints, int width, int height) {
        byte[] interior = new byte[width * height];
        byte[] border = new byte[width * height];
        Geometry tile = new GeometryFactory().toGeometry(new Envelope(0, width, 0, height));
        int drawn = 0;
        int outside = 0;
        int tooSmall = 0;
        for (Geometry footprint : footprints.polygons()) {
            if (!footprint.getEnvelopeInternal().intersects(tile.getEnvelopeInternal()) || !footprint.intersects(tile)) {
                outside++;
                continue;
            }
            Geometry inner = footprint.buffer(-half);
            if (inner.isEmpty()) {
                tooSmall++;
                continue;
            }
            Geometry outer = footprint.buffer(half);
            ScanlineFill.paint(List.of(inner), interior, width, height, (byte) 1);
            // inner lies inside outer, so the even-odd fill of both is exactly the ring between them.
            ScanlineFill.paint(List.of(outer, inner), border, width, height, (byte) 1);
            drawn++;
        }
        byte[] classes = new byte[width * height];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = border[i] != 0 ? LabelMask.BORDER : interior[i] != 0 ? LabelMask.BUILDING : LabelMask.BACKGROUND;
        }
        return new LabelMask(width, height, classes,
                new MaskStats(footprints.polygons().size(), drawn, outside, tooSmall, footprints.repaired()));
    }
}
