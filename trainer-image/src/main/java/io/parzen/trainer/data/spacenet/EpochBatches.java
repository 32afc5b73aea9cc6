package io.parzen.trainer.data.spacenet;

import io.parzen.trainer.data.pixels.LabeledImage;
import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.data.pixels.Tiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Iterator;

/**
 * One epoch of minibatches over a list of images, seeded: the image order is shuffled per epoch,
 * images are loaded a group at a time (in parallel), and the tiles of a group are shuffled together
 * so a batch mixes images without holding the whole dataset in memory. Every tile of every image
 * appears exactly once; the last batch may be smaller. Same seed and epoch give the same batches.
 */
public final class EpochBatches implements Iterator<TileBatch> {

    private final SpaceNetDataset dataset;
    private final Tiler tiler;
    private final int batchSize;
    private final int imagesPerGroup;
    private final List<String> order;
    private final Random random;
    private final List<Tile> pending = new ArrayList<>();
    private int nextImage;

    /**
     * @param imagesPerGroup how many images are loaded and mixed at a time (memory: ~5 MB per 650 px image)
     */
    public EpochBatches(SpaceNetDataset dataset, List<String> imageIds, Tiler tiler, int batchSize,
                        int imagesPerGroup, long seed, int epoch) {
        if (batchSize <= 0 || imagesPerGroup <= 0) {
            throw new IllegalArgumentException("batch size and group size must be positive");
        }
        this.dataset = dataset;
        this.tiler = tiler;
        this.batchSize = batchSize;
        this.imagesPerGroup = imagesPerGroup;
        this.random = new Random(seed * 1_000_003L + epoch);
        this.order = new ArrayList<>(imageIds);
        Collections.shuffle(order, random);
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty() || nextImage < order.size();
    }

    /** The next batch; an {@link UncheckedIOException} wraps a failed read, naming the file. */
    @Override
    public TileBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (pending.size() < batchSize && nextImage < order.size()) {
            loadGroup();
        }
        List<Tile> head = pending.subList(0, Math.min(batchSize, pending.size()));
        TileBatch batch = TileBatch.of(head);
        head.clear();
        return batch;
    }

    private void loadGroup() {
        List<String> group = order.subList(nextImage, Math.min(order.size(), nextImage + imagesPerGroup));
        nextImage += group.size();
        List<Tile> tiles = new ArrayList<>();
        try {
            for (LabeledImage image : dataset.load(group)) {
                tiles.addAll(tiler.tiles(image));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.shuffle(tiles, random);
        pending.addAll(tiles);
    }
}
