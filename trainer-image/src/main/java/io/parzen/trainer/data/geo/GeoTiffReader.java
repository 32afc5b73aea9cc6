package io.parzen.trainer.data.geo;

import io.parzen.trainer.data.DataFormatException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads unsigned 16-bit GeoTIFFs (SpaceNet RGB-PanSharpen tiles) with the JDK's ImageIO TIFF plugin.
 *
 * <p>Everything that makes a file unusable is rejected with a {@link DataFormatException} naming the
 * file: not a TIFF, truncated or corrupt data, a sample type other than 16-bit unsigned, an unexpected
 * band count, missing or non-geographic georeferencing.
 */
public final class GeoTiffReader {

    private GeoTiffReader() {}

    /**
     * Decodes a GeoTIFF held in memory.
     *
     * @param bytes the whole file
     * @param name the object key or path, for messages
     * @param expectedBands the band count the caller needs (3 for RGB-PanSharpen)
     */
    public static GeoTiff read(byte[] bytes, String name, int expectedBands) throws DataFormatException {
        checkMagic(bytes, name);
        ImageReader reader = tiffReader();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
            TIFFDirectory dir = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
            checkSamples(dir, name, expectedBands);
            checkDataInsideFile(dir, bytes.length, name);
            GeoReference geo = georeference(dir, name);
            BufferedImage image = reader.read(0);
            return new GeoTiff(toRaster16(image.getRaster(), expectedBands), geo);
        } catch (DataFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports damaged files with assorted exceptions (IIOException, EOFException,
            // ArrayIndexOutOfBounds...): all of them mean the same thing to a user.
            throw new DataFormatException(name, "corrupt or truncated TIFF (" + e + ")", e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Width and height of a TIFF from its first image directory, without decoding pixels: what sizing
     * an epoch needs before training starts. Reads the stream only up to that directory (the whole
     * file when a writer put it at the end).
     *
     * @param in the file's bytes, read from the start; not closed here
     * @param name the object key or path, for messages
     */
    public static int[] size(InputStream in, String name) throws DataFormatException {
        ImageReader reader = tiffReader();
        try (MemoryCacheImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            reader.setInput(stream, true, true);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(name, "corrupt or truncated TIFF (" + e + ")", e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader tiffReader() {
        // Prefer the JDK's reader: other TIFF plugins on the class path (TwelveMonkeys, jai-imageio) expose
        // metadata that TIFFDirectory cannot read.
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        ImageReader first = null;
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                return r;
            }
            first = first == null ? r : first;
        }
        if (first == null) {
            throw new IllegalStateException("this JDK has no ImageIO TIFF reader (Java 9+ required)");
        }
        return first;
    }

    private static void checkMagic(byte[] b, String name) throws DataFormatException {
        if (b.length < 8) {
            throw new DataFormatException(name, "not a TIFF file (only " + b.length + " bytes)");
        }
        boolean little = b[0] == 'I' && b[1] == 'I';
        boolean big = b[0] == 'M' && b[1] == 'M';
        int version = little ? (b[2] & 0xFF) | (b[3] & 0xFF) << 8 : (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
        if ((little || big) && version == 43) {
            throw new DataFormatException(name, "BigTIFF is not supported; write a classic TIFF (GDAL: -co BIGTIFF=NO)");
        }
        if (!(little || big) || version != 42) {
            throw new DataFormatException(name, "not a TIFF file (bad header)");
        }
    }

    private static void checkSamples(TIFFDirectory dir, String name, int expectedBands) throws DataFormatException {
        if (!dir.containsTIFFField(BaselineTIFFTagSet.TAG_IMAGE_WIDTH) || !dir.containsTIFFField(BaselineTIFFTagSet.TAG_IMAGE_LENGTH)
                || !dir.containsTIFFField(BaselineTIFFTagSet.TAG_BITS_PER_SAMPLE)) {
            throw new DataFormatException(name, "corrupt TIFF: the image directory lacks ImageWidth, ImageLength "
                    + "or BitsPerSample");
        }
        int bands = intValue(dir, BaselineTIFFTagSet.TAG_SAMPLES_PER_PIXEL, 1);
        int[] bits = ints(dir, BaselineTIFFTagSet.TAG_BITS_PER_SAMPLE, new int[] {1});
        int format = intValue(dir, BaselineTIFFTagSet.TAG_SAMPLE_FORMAT, BaselineTIFFTagSet.SAMPLE_FORMAT_UNSIGNED_INTEGER);
        if (Arrays.stream(bits).anyMatch(b -> b != 16)) {
            throw new DataFormatException(name, bits[0] + "-bit imagery (BitsPerSample " + Arrays.toString(bits)
                    + "); expected 16-bit unsigned samples as in SpaceNet RGB-PanSharpen");
        }
        if (format != BaselineTIFFTagSet.SAMPLE_FORMAT_UNSIGNED_INTEGER) {
            throw new DataFormatException(name, "sample format " + format + " (2 = signed, 3 = float); "
                    + "expected unsigned 16-bit integers");
        }
        if (bands != expectedBands) {
            throw new DataFormatException(name, bands + (bands == 1 ? " band" : " bands") + "; expected " + expectedBands
                    + (expectedBands == 3 ? " (RGB-PanSharpen)" : ""));
        }
    }

    /** A truncated file can decode "successfully" into zeros; compare the data extents with the size. */
    private static void checkDataInsideFile(TIFFDirectory dir, long length, String name) throws DataFormatException {
        boolean tiled = dir.containsTIFFField(BaselineTIFFTagSet.TAG_TILE_OFFSETS);
        long[] offsets = longs(dir, tiled ? BaselineTIFFTagSet.TAG_TILE_OFFSETS : BaselineTIFFTagSet.TAG_STRIP_OFFSETS);
        long[] counts = longs(dir, tiled ? BaselineTIFFTagSet.TAG_TILE_BYTE_COUNTS : BaselineTIFFTagSet.TAG_STRIP_BYTE_COUNTS);
        if (offsets == null || counts == null || offsets.length != counts.length) {
            throw new DataFormatException(name, "corrupt TIFF: missing or inconsistent strip/tile offsets");
        }
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] + counts[i] > length) {
                throw new DataFormatException(name, "truncated TIFF: " + (tiled ? "tile " : "strip ") + i
                        + " ends at byte " + (offsets[i] + counts[i]) + " but the file has " + length + " bytes");
            }
        }
    }

    private static GeoReference georeference(TIFFDirectory dir, String name) throws DataFormatException {
        try {
            return GeoKeys.decode(doubles(dir, GeoKeys.MODEL_TIEPOINT), doubles(dir, GeoKeys.MODEL_PIXEL_SCALE),
                    doubles(dir, GeoKeys.MODEL_TRANSFORMATION), ints(dir, GeoKeys.GEO_KEY_DIRECTORY, null));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(name, e.getMessage());
        }
    }

    private static Raster16 toRaster16(Raster r, int bands) {
        int w = r.getWidth();
        int h = r.getHeight();
        short[] out = new short[w * h * bands];
        if (r.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && r.getDataBuffer() instanceof DataBufferUShort buffer && buffer.getNumBanks() == 1
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0) {
            // Fast path for the usual chunky layout: de-interleave straight from the backing array.
            short[] data = buffer.getData();
            int[] bandOffsets = sm.getBandOffsets();
            int pixelStride = sm.getPixelStride();
            int scanline = sm.getScanlineStride();
            int base = buffer.getOffset();
            for (int b = 0; b < bands; b++) {
                int plane = b * w * h;
                for (int y = 0; y < h; y++) {
                    int src = base + y * scanline + bandOffsets[b];
                    int dst = plane + y * w;
                    for (int x = 0; x < w; x++, src += pixelStride) {
                        out[dst + x] = data[src];
                    }
                }
            }
        } else {
            int[] plane = new int[w * h];
            for (int b = 0; b < bands; b++) {
                r.getSamples(r.getMinX(), r.getMinY(), w, h, b, plane);
                for (int i = 0; i < plane.length; i++) {
                    out[b * w * h + i] = (short) plane[i];
                }
            }
        }
        return new Raster16(w, h, bands, out);
    }

    private static int intValue(TIFFDirectory dir, int tag, int missing) {
        TIFFField f = dir.getTIFFField(tag);
        return f == null ? missing : f.getAsInt(0);
    }

    private static int[] ints(TIFFDirectory dir, int tag, int[] missing) {
        TIFFField f = dir.getTIFFField(tag);
        if (f == null) {
            return missing;
        }
        int[] v = new int[f.getCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.getAsInt(i);
        }
        return v;
    }

    private static long[] longs(TIFFDirectory dir, int tag) {
        TIFFField f = dir.getTIFFField(tag);
        if (f == null) {
            return null;
        }
        long[] v = new long[f.getCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.getAsLong(i);
        }
        return v;
    }

    private static double[] doubles(TIFFDirectory dir, int tag) {
        TIFFField f = dir.getTIFFField(tag);
        if (f == null) {
            return null;
        }
        double[] v = new double[f.getCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.getAsDouble(i);
        }
        return v;
    }
}
