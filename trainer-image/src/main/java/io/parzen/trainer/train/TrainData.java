package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.Dihedral;
import io.parzen.trainer.data.pixels.LabeledImage;
import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import io.parzen.trainer.data.pixels.WholeImage;
import io.parzen.trainer.data.spacenet.DatasetSplit;
import io.parzen.trainer.data.spacenet.EpochBatches;
import io.parzen.trainer.data.spacenet.SpaceNetDataset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * The data side of a run: the split of a dataset's images, the fixed validation tiles, and the
 * training batches of each epoch, capped at {@code maxTiles}.
 */
public final class TrainData {

    /**
     * Memory for the training shuffle buffer (EpochBatches): 256 MB of tiles, i.e. every 64 px crop
     * of ~90 images of 256 px, or the 256 px crops of ~34 SpaceNet images of 650 px.
     */
    static final long SHUFFLE_BUFFER_BYTES = 256L << 20;
    /** Keeps the augmentation's random stream apart from the shuffling's. */
    private static final long AUGMENT_STREAM = 0x9E3779B97F4A7C15L; // not Random's own multiplier, which would cancel out
    /** The shuffle of the calibration batches: an epoch number training never uses. */
    private static final int CALIBRATION_EPOCH = 0;

    private final SpaceNetDataset dataset;
    private final DatasetSplit split;
    private final Tiler tiler;
    private final TrainOptions options;

    /** Opens the split; fails when there are too few images for a validation set. */
    public TrainData(SpaceNetDataset dataset, TrainOptions options) {
        this.dataset = dataset;
        this.options = options;
        this.split = DatasetSplit.of(dataset.imageIds(), options.splitSeed());
        this.tiler = new Tiler(options.net().tile(), options.tiling());
        if (split.val().isEmpty() || split.train().isEmpty()) {
            throw new IllegalArgumentException("dataset " + options.dataset() + " has " + dataset.imageIds().size()
                    + " images; training needs at least 2 (one for training, one for validation)");
        }
    }

    /** The split. */
    public DatasetSplit split() {
        return split;
    }

    /**
     * The validation set: the held-out images in split order, whole (as many as hold at most
     * {@code maxValTiles} crops when that is set, at least one), and their crops, from which
     * {@link Validation} picks the mask images.
     */
    public Validation validation(int maskTiles, double[] classWeights) throws IOException {
        List<WholeImage> images = new ArrayList<>();
        List<Tile> tiles = new ArrayList<>();
        int cap = options.maxValTiles();
        int step = 1 << options.net().depth();
        for (LabeledImage image : dataset.load(split.val())) {
            List<Tile> crops = tiler.tiles(image);
            if (cap > 0 && !images.isEmpty() && tiles.size() + crops.size() > cap) {
                break;
            }
            tiles.addAll(crops);
            images.add(options.tiling() == Tiler.Mode.RESIZE ? WholeImage.of(crops.get(0)) : WholeImage.of(image, step));
        }
        return new Validation(images, tiles, maskTiles, classWeights);
    }

    /**
     * Training tiles per epoch: every crop of every training image, or {@code maxTiles} when fewer.
     * Reads only the images' TIFF headers (until the cap is reached), since their sizes decide the crops.
     */
    public long tilesPerEpoch() throws IOException {
        long tiles = 0;
        int cap = options.maxTiles();
        for (String id : split.train()) {
            if (cap > 0 && tiles >= cap) {
                break;
            }
            int[] size = dataset.size(id);
            tiles += tiler.count(size[0], size[1]);
        }
        return cap == 0 ? tiles : Math.min(cap, tiles);
    }

    /** Training steps per epoch: {@link #tilesPerEpoch()} in batches, the last one possibly smaller. */
    public long stepsPerEpoch() throws IOException {
        return (tilesPerEpoch() + options.batch() - 1) / options.batch();
    }

    /**
     * The training batches of one epoch (from 1), seeded by the model seed and the epoch; with
     * augmentation each tile in a random pose ({@link Dihedral}), drawn from its own seeded stream
     * so that turning augmentation off leaves the order of the tiles unchanged.
     */
    public Iterator<TileBatch> epoch(int epoch) {
        Iterator<TileBatch> batches = capped(new EpochBatches(dataset, split.train(), tiler, options.batch(),
                bufferTiles(), options.net().seed(), epoch), options.maxTiles());
        if (!options.recipe().augment()) {
            return batches;
        }
        Random poses = new Random(options.net().seed() * 1_000_003L + epoch ^ AUGMENT_STREAM);
        return Iterators.mapped(batches, b -> {
            Dihedral.randomize(b, poses);
            return b;
        });
    }

    /**
     * The first {@code count} batches of a fixed, unaugmented shuffle of the training tiles (the same
     * every epoch): what the batch-norm statistics are recomputed from.
     */
    public Iterable<TileBatch> calibrationBatches(int count) {
        // every batch but an epoch's last is full, so count batches are count * batch tiles
        return () -> capped(new EpochBatches(dataset, split.train(), tiler, options.batch(), bufferTiles(),
                options.net().seed(), CALIBRATION_EPOCH), count * options.batch());
    }

    /** Tiles in the shuffle buffer: {@link #SHUFFLE_BUFFER_BYTES} of float pixels and byte labels. */
    int bufferTiles() {
        int side = options.net().tile();
        long tileBytes = (long) side * side * (options.net().channels() * Float.BYTES + 1);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, SHUFFLE_BUFFER_BYTES / tileBytes));
    }

    /** {@code all} cut at {@code cap} tiles (none when 0), the batch that crosses it shortened. */
    private static Iterator<TileBatch> capped(Iterator<TileBatch> all, int cap) {
        if (cap == 0) {
            return all;
        }
        return new Iterator<>() {
            private int left = cap;

            @Override
            public boolean hasNext() {
                return left > 0 && all.hasNext();
            }

            @Override
            public TileBatch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TileBatch b = all.next();
                if (b.n() > left) {
                    b = head(b, left);
                }
                left -= b.n();
                return b;
            }
        };
    }

    private static TileBatch head(TileBatch b, int n) {
        int image = b.channels() * b.height() * b.width();
        int label = b.height() * b.width();
        return new TileBatch(java.util.Arrays.copyOf(b.images(), n * image), java.util.Arrays.copyOf(b.labels(), n * label),
                n, b.channels(), b.height(), b.width());
    }
}
