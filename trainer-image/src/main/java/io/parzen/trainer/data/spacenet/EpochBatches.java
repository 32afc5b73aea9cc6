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
 * images are loaded (8 at a time, in parallel) into a shuffle buffer until it holds
 * {@code bufferTiles} tiles, and the buffer's tiles are shuffled together, so a batch mixes many
 * images without the whole dataset in memory. Every tile of every image appears exactly once; the
 * last batch may be smaller. Same seed and epoch give the same batches.
 *
 * <p>Why a large buffer: batch norm normalises each batch with its own statistics. Batches drawn
 * from only a few images at a time (8 images, as this class once did) have statistics that drift
 * from one group to the next; the net then trains on moving normalisations and validates with
 * averages that fit none of them, and its validation figure swings from epoch to epoch.
 */
public final class EpochBatches implements Iterator<TileBatch> {

    /** Images read at a time (in parallel) while filling the buffer. */
    public static final int LOAD_CHUNK = 8;

    private final SpaceNetDataset dataset;
    private final Tiler tiler;
    private final int batchSize;
    private final int bufferTiles;
    private final List<String> order;
    private final Random random;
    private final List<Tile> pending = new ArrayList<>();
    private int nextImage;

    /**
     * @param bufferTiles how many tiles are loaded and mixed at a time (at least one image's worth)
     */
    public EpochBatches(SpaceNetDataset dataset, List<String> imageIds, Tiler tiler, int batchSize,
                        int bufferTiles, long seed, int epoch) {
        if (batchSize <= 0 || bufferTiles <= 0) {
            throw new IllegalArgumentException("batch size and buffer size must be positive");
        }
        this.dataset = dataset;
        this.tiler = tiler;
        this.batchSize = batchSize;
        this.bufferTiles = bufferTiles;
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
        List<Tile> tiles = new ArrayList<>();
        while (tiles.size() < bufferTiles && nextImage < order.size()) {
            List<String> chunk = order.subList(nextImage, Math.min(order.size(), nextImage + LOAD_CHUNK));
            nextImage += chunk.size();
            try {
                for (LabeledImage image : dataset.load(chunk)) {
                    tiles.addAll(tiler.tiles(image));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.shuffle(tiles, random);
        pending.addAll(tiles);
    }
}
