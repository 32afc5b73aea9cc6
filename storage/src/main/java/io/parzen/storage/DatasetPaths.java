package io.parzen.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys of one data set in the SpaceNet layout: 16-bit GeoTIFF tiles and their building footprints.
 *
 * @param name the data set's folder name under {@code datasets/}
 */
public record DatasetPaths(String name) {
    /** Folder of the image tiles, under the data set. */
    public static final String IMAGES_FOLDER = "RGB-PanSharpen/";
    /** Folder of the building footprints, under the data set. */
    public static final String BUILDINGS_FOLDER = "geojson/buildings/";

    private static final Pattern IMAGE_NAME = Pattern.compile("RGB-PanSharpen_(.+)_img(\\d+)\\.tif");

    /** One tile of an area of interest: {@code AOI_2_Vegas} and image number {@code 1234}. */
    public record Tile(String aoi, int image) {
        /** Validates the AOI (one key segment, no '_img' confusion) and the image number. */
        public Tile {
            Keys.requireSegment("AOI", aoi);
            if (image < 0) {
                throw new IllegalArgumentException("image number " + image + " is negative");
            }
        }
    }

    /** Validates the name as one key segment. */
    public DatasetPaths {
        Keys.requireSegment("data set name", name);
    }

    /** {@code datasets/<name>/}. */
    public String prefix() {
        return ObjectLayout.DATASETS + name + "/";
    }

    /** {@code datasets/<name>/RGB-PanSharpen/}, for listing the tiles. */
    public String imagesPrefix() {
        return prefix() + IMAGES_FOLDER;
    }

    /** {@code datasets/<name>/geojson/buildings/}. */
    public String buildingsPrefix() {
        return prefix() + BUILDINGS_FOLDER;
    }

    /** {@code datasets/<name>/RGB-PanSharpen/RGB-PanSharpen_<AOI>_img<N>.tif}. */
    public String image(Tile tile) {
        return imagesPrefix() + "RGB-PanSharpen_" + tile.aoi() + "_img" + tile.image() + ".tif";
    }

    /** {@code datasets/<name>/geojson/buildings/buildings_<AOI>_img<N>.geojson}. */
    public String buildings(Tile tile) {
        return buildingsPrefix() + "buildings_" + tile.aoi() + "_img" + tile.image() + ".geojson";
    }

    /**
     * The tile an image key (or bare file name) names, or empty for anything else in the folder
     * (SpaceNet archives also carry .aux.xml side files).
     */
    public static Optional<Tile> parseImage(String keyOrFileName) {
        String fileName = keyOrFileName.substring(keyOrFileName.lastIndexOf('/') + 1);
        Matcher m = IMAGE_NAME.matcher(fileName);
        if (!m.matches() || m.group(2).length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new Tile(m.group(1), Integer.parseInt(m.group(2))));
    }
}
