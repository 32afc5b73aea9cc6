package io.parzen.trainer.data.spacenet;

import io.parzen.storage.DatasetPaths;
import io.parzen.storage.ObjectStore;
import io.parzen.trainer.data.DataFormatException;
import io.parzen.trainer.data.geo.GeoTiff;
import io.parzen.trainer.data.geo.GeoTiffReader;
import io.parzen.trainer.data.label.LabelMask;
import io.parzen.trainer.data.label.MaskRenderer;
import io.parzen.trainer.data.label.TileLabeler;
import io.parzen.trainer.data.pixels.LabeledImage;
import io.parzen.trainer.data.pixels.PercentileStretch;
import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SpaceNet building dataset in an {@link ObjectStore} (S3 bucket or folder), laid out as
 * {@link DatasetPaths} says. Images are named by SpaceNet's ImageId, {@code <AOI>_img<N>}
 * (e.g. {@code AOI_2_Vegas_img12}). Opening lists the images and checks that every image has its labels
 * file (a missing one is an error naming it; labels without an image are ignored). Loading an image
 * reads its 3-band 16-bit GeoTIFF and GeoJSON, stretches the pixels and draws the 3-class mask.
 * Thread-safe if the store is: images load in parallel.
 */
public final class SpaceNetDataset {

    private static final int BANDS = 3;

    private final ObjectStore store;
    private final DatasetPaths paths;
    private final Map<String, DatasetPaths.Tile> tiles;
    private final PercentileStretch stretch;
    private final TileLabeler labeler;

    private SpaceNetDataset(ObjectStore store, DatasetPaths paths, Map<String, DatasetPaths.Tile> tiles,
                            PercentileStretch stretch, TileLabeler labeler) {
        this.store = store;
        this.paths = paths;
        this.tiles = tiles;
        this.stretch = stretch;
        this.labeler = labeler;
    }

    /** Opens {@code datasets/<name>/} with the default stretch (2-98 %) and 5 px borders. */
    public static SpaceNetDataset open(ObjectStore store, String name) throws IOException {
        return open(store, name, new PercentileStretch(), new MaskRenderer());
    }

    public static SpaceNetDataset open(ObjectStore store, String name, PercentileStretch stretch, MaskRenderer masks)
            throws IOException {
        DatasetPaths paths = new DatasetPaths(name);
        List<DatasetPaths.Tile> found = new ArrayList<>();
        for (String key : store.list(paths.imagesPrefix())) {
            DatasetPaths.parseImage(key).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new DataFormatException(where(store, paths.imagesPrefix()),
                    "no images (RGB-PanSharpen_<AOI>_img<N>.tif) in dataset " + name);
        }
        found.sort(Comparator.comparing(DatasetPaths.Tile::aoi).thenComparingInt(DatasetPaths.Tile::image));
        Set<String> labels = new HashSet<>(store.list(paths.buildingsPrefix()));
        Map<String, DatasetPaths.Tile> tiles = new LinkedHashMap<>();
        for (DatasetPaths.Tile tile : found) {
            if (!labels.contains(paths.buildings(tile))) {
                throw new DataFormatException(where(store, paths.buildings(tile)),
                        "missing labels file for image " + paths.image(tile)
                                + " (a tile without buildings needs an empty FeatureCollection)");
            }
            tiles.put(imageId(tile), tile);
        }
        return new SpaceNetDataset(store, paths, tiles, stretch, new TileLabeler(masks));
    }

    /** SpaceNet's ImageId of a tile: {@code <AOI>_img<N>}. */
    public static String imageId(DatasetPaths.Tile tile) {
        return tile.aoi() + "_img" + tile.image();
    }

    /** Image ids by AOI, then image number (img2 before img10). */
    public List<String> imageIds() {
        return List.copyOf(tiles.keySet());
    }

    public DatasetPaths paths() {
        return paths;
    }

    private DatasetPaths.Tile tile(String id) {
        DatasetPaths.Tile tile = tiles.get(id);
        if (tile == null) {
            throw new IllegalArgumentException("no image " + id + " in dataset " + paths.name());
        }
        return tile;
    }

    /** Width and height of an image, from its TIFF header: no pixels decoded, no labels drawn. */
    public int[] size(String id) throws IOException {
        DatasetPaths.Tile tile = tile(id);
        try (java.io.InputStream in = store.open(paths.image(tile))) {
            return GeoTiffReader.size(in, where(store, paths.image(tile)));
        }
    }

    /** Reads one image and its labels. */
    public LabeledImage load(String id) throws IOException {
        DatasetPaths.Tile tile = tile(id);
        String imageName = where(store, paths.image(tile));
        GeoTiff tiff = GeoTiffReader.read(store.get(paths.image(tile)), imageName, BANDS);
        int w = tiff.raster().width();
        int h = tiff.raster().height();
        String labelsKey = paths.buildings(tile);
        LabelMask mask = labeler.label(store.get(labelsKey), where(store, labelsKey), tiff.geo(), w, h, imageName);
        return new LabeledImage(id, stretch.apply(tiff.raster()), mask.classes(), BANDS, w, h, mask.stats());
    }

    /** Reads several images in parallel, in the given order. */
    public List<LabeledImage> load(List<String> imageIds) throws IOException {
        try {
            return imageIds.parallelStream().map(id -> {
                try {
                    return load(id);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Loads the images and packs all their tiles into one batch. */
    public TileBatch batch(List<String> imageIds, Tiler tiler) throws IOException {
        List<Tile> tiles = new ArrayList<>();
        for (LabeledImage image : load(imageIds)) {
            tiles.addAll(tiler.tiles(image));
        }
        return TileBatch.of(tiles);
    }

    private static String where(ObjectStore store, String key) {
        String base = store.describe();
        return base.endsWith("/") ? base + key : base + "/" + key;
    }
}
