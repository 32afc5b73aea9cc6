package io.parzen.trainer.data.geo;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.GeoTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes unsigned 16-bit GeoTIFFs (uncompressed, chunky, like SpaceNet's tiles) with the JDK's
 * ImageIO TIFF plugin. A north-up transform is written as ModelTiepoint + ModelPixelScale (what GDAL
 * writes), a rotated one as ModelTransformation; the GeoKeyDirectory says geographic, PixelIsArea.
 */
public final class GeoTiffWriter {

    private GeoTiffWriter() {}

    /** Encodes a georeferenced raster of 1 (grey), 3 (RGB) or 4 (RGBA) bands. */
    public static byte[] write(GeoTiff tiff) {
        return write(tiff.raster(), tiff.geo());
    }

    /** Encodes a raster; {@code geo} may be null to write a plain TIFF without georeferencing. */
    public static byte[] write(Raster16 raster, GeoReference geo) {
        BufferedImage image = toImage(raster);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raster.samples().length * 2 + 4096);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_DISABLED);
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param));
            if (geo != null) {
                addGeoFields(dir, geo);
            }
            writer.write(null, new IIOImage(image, null, dir.getAsMetadata()), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a TIFF in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void addGeoFields(TIFFDirectory dir, GeoReference geo) {
        GeoTransform t = geo.transform();
        if (t.isNorthUp()) {
            dir.addTIFFField(doubles(GeoKeys.MODEL_TIEPOINT, GeoKeys.tiePoints(t)));
            dir.addTIFFField(doubles(GeoKeys.MODEL_PIXEL_SCALE, GeoKeys.pixelScale(t)));
        } else {
            dir.addTIFFField(doubles(GeoKeys.MODEL_TRANSFORMATION, t.toMatrix()));
        }
        int[] keys = GeoKeys.keyDirectory(geo.epsg());
        char[] shorts = new char[keys.length];
        for (int i = 0; i < keys.length; i++) {
            shorts[i] = (char) keys[i];
        }
        dir.addTIFFField(new TIFFField(tag(GeoKeys.GEO_KEY_DIRECTORY), TIFFTag.TIFF_SHORT, shorts.length, shorts));
    }

    private static TIFFField doubles(int number, double[] values) {
        return new TIFFField(tag(number), TIFFTag.TIFF_DOUBLE, values.length, values);
    }

    private static TIFFTag tag(int number) {
        return GeoTIFFTagSet.getInstance().getTag(number);
    }

    private static BufferedImage toImage(Raster16 r) {
        int bands = r.bands();
        ColorModel cm = switch (bands) {
            case 1 -> new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                    Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
            case 3 -> new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                    Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
            case 4 -> new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                    Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
            default -> throw new IllegalArgumentException("can write 1, 3 or 4 bands, not " + bands);
        };
        int w = r.width();
        int plane = r.planeSize();
        short[] src = r.samples();
        short[] chunky = new short[src.length];
        for (int b = 0; b < bands; b++) {
            for (int i = 0, dst = b; i < plane; i++, dst += bands) {
                chunky[dst] = src[b * plane + i];
            }
        }
        int[] offsets = new int[bands];
        for (int b = 0; b < bands; b++) {
            offsets[b] = b;
        }
        var sm = new PixelInterleavedSampleModel(DataBuffer.TYPE_USHORT, w, r.height(), bands, w * bands, offsets);
        WritableRaster raster = Raster.createWritableRaster(sm, new DataBufferUShort(chunky, chunky.length), null);
        return new BufferedImage(cm, raster, false, null);
    }
}
