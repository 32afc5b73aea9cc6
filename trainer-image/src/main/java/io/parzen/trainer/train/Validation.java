package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.Tile;
import io.parzen.trainer.data.pixels.WholeImage;
import io.parzen.trainer.eval.BuildingCounts;
import io.parzen.trainer.eval.BuildingMatcher;
import io.parzen.trainer.eval.PixelConfusion;
import io.parzen.trainer.eval.PixelLoss;
import io.parzen.trainer.nn.NetConfig;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The validation set of a run, fixed for all epochs: whole held-out images, predicted one at a time
 * (the U-Net is fully convolutional), so that the loss, the pixel scores and SpaceNet's building
 * metric see every pixel once and every footprint whole, as SpaceNet scores its image chips; and the
 * few crops whose predictions become the per-epoch mask images: those with the most building and
 * border pixels, so that a mask image shows buildings rather than empty ground.
 */
public final class Validation {

    private final List<WholeImage> images;
    private final List<Tile> maskTiles;
    /** For each mask tile, the index of its image. */
    private final int[] maskImages;
    private final double[] classWeights;

    /**
     * @param images the validation images, in a fixed order
     * @param tiles the crops of those images, in the same order: the candidates for mask images
     * @param maskTiles how many crops get mask images
     */
    public Validation(List<WholeImage> images, List<Tile> tiles, int maskTiles, double[] classWeights) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("the validation set has no images");
        }
        this.images = List.copyOf(images);
        List<Tile> chosen = new ArrayList<>();
        for (int position : mostBuilt(tiles, Math.min(maskTiles, tiles.size()))) {
            chosen.add(tiles.get(position));
        }
        this.maskTiles = List.copyOf(chosen);
        this.maskImages = new int[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            maskImages[i] = imageIndex(chosen.get(i).imageId());
        }
        this.classWeights = classWeights.clone();
    }

    private int imageIndex(String id) {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("mask tile of image " + id + ", which is not a validation image");
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

    /** The crops that get mask images. */
    public List<Tile> maskTiles() {
        return maskTiles;
    }

    /** Number of validation images. */
    public int size() {
        return images.size();
    }

    /** Runs the network in inference mode over every image. */
    public EpochEval evaluate(ComputationGraph net) {
        PixelConfusion confusion = new PixelConfusion();
        BuildingCounts buildings = BuildingCounts.ZERO;
        byte[][] masks = new byte[maskTiles.size()][];
        double lossSum = 0;
        long pixelCount = 0;
        int classes = NetConfig.CLASSES;
        for (int index = 0; index < images.size(); index++) {
            WholeImage img = images.get(index);
            INDArray input = Nd4j.create(img.image(), new long[] {1, img.channels(), img.paddedHeight(), img.paddedWidth()}, 'c');
            float[] probs = img.unpad(net.outputSingle(false, input).dup('c').data().asFloat(), classes);
            int pixels = img.width() * img.height();
            lossSum += PixelLoss.sum(probs, img.mask(), classWeights, 1, classes, pixels);
            pixelCount += pixels;
            byte[] predicted = PixelLoss.argmax(probs, 0, classes, pixels);
            confusion.add(img.mask(), predicted);
            buildings = buildings.plus(BuildingMatcher.match(img.mask(), predicted, img.width(), img.height()));
            for (int m = 0; m < masks.length; m++) {
                if (maskImages[m] == index) {
                    Tile t = maskTiles.get(m);
                    masks[m] = img.cut(predicted, t.x(), t.y(), t.size());
                }
            }
        }
        return new EpochEval(lossSum / pixelCount, confusion, buildings, List.of(masks));
    }
}
