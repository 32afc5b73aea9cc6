package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.TileBatch;
import io.parzen.trainer.eval.BuildingCounts;
import io.parzen.trainer.eval.BuildingMatcher;
import io.parzen.trainer.eval.PixelConfusion;
import io.parzen.trainer.eval.PixelLoss;
import io.parzen.trainer.nn.NetConfig;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The validation set of a run, fixed for all epochs: its tiles in batches, and the few tiles whose
 * predictions become the per-epoch mask images: those with the most building and border pixels,
 * so that a mask image shows buildings rather than empty ground.
 */
public final class Validation {

    private final List<TileBatch> batches = new ArrayList<>();
    private final List<Tile> maskTiles;
    /** Positions in the validation order of the mask tiles, ascending. */
    private final int[] maskPositions;
    private final double[] classWeights;

    /**
     * @param tiles the validation tiles, in a fixed order
     * @param batchSize tiles per forward pass
     * @param maskTiles how many tiles get mask images
     */
    public Validation(List<Tile> tiles, int batchSize, int maskTiles, double[] classWeights) {
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("the validation set has no tiles");
        }
        for (int i = 0; i < tiles.size(); i += batchSize) {
            batches.add(TileBatch.of(tiles.subList(i, Math.min(tiles.size(), i + batchSize))));
        }
        this.maskPositions = mostBuilt(tiles, Math.min(maskTiles, tiles.size()));
        List<Tile> chosen = new ArrayList<>();
        for (int position : maskPositions) {
            chosen.add(tiles.get(position));
        }
        this.maskTiles = List.copyOf(chosen);
        this.classWeights = classWeights.clone();
    }

    /** Positions of the {@code count} tiles with the most non-background pixels (ties: earlier first), ascending. */
    static int[] mostBuilt(List<Tile> tiles, int count) {
        int[] built = new int[tiles.size()];
        for (int i = 0; i < tiles.size(); i++) {
            for (byte label : tiles.get(i).mask()) {
                if (label != 0) {
                    built[i]++;
                }
            }
        }
        return java.util.stream.IntStream.range(0, tiles.size()).boxed()
                .sorted((a, b) -> built[a] != built[b] ? Integer.compare(built[b], built[a]) : Integer.compare(a, b))
                .limit(count).mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The tiles that get mask images. */
    public List<Tile> maskTiles() {
        return maskTiles;
    }

    /** Number of validation tiles. */
    public int size() {
        return batches.stream().mapToInt(TileBatch::n).sum();
    }

    /** Runs the network in inference mode over every tile. */
    public EpochEval evaluate(ComputationGraph net) {
        PixelConfusion confusion = new PixelConfusion();
        BuildingCounts buildings = BuildingCounts.ZERO;
        List<byte[]> masks = new ArrayList<>();
        double lossSum = 0;
        long pixelCount = 0;
        int position = 0;
        int classes = NetConfig.CLASSES;
        for (TileBatch b : batches) {
            INDArray out = net.outputSingle(false, Tensors.images(b));
            float[] probs = out.dup('c').data().asFloat();
            int pixels = b.height() * b.width();
            lossSum += PixelLoss.sum(probs, b.labels(), classWeights, b.n(), classes, pixels);
            pixelCount += (long) b.n() * pixels;
            for (int i = 0; i < b.n(); i++) {
                byte[] predicted = PixelLoss.argmax(probs, i, classes, pixels);
                byte[] truth = new byte[pixels];
                System.arraycopy(b.labels(), i * pixels, truth, 0, pixels);
                confusion.add(truth, predicted);
                buildings = buildings.plus(BuildingMatcher.match(truth, predicted, b.width(), b.height()));
                if (masks.size() < maskPositions.length && maskPositions[masks.size()] == position) {
                    masks.add(predicted);
                }
                position++;
            }
        }
        return new EpochEval(lossSum / pixelCount, confusion, buildings, masks);
    }
}
