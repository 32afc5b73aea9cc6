package io.parzen.trainer.train;

import io.parzen.trainer.data.pixels.TileBatch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Wraps {@link TileBatch} arrays as ND4J tensors: NCHW images and one-hot NCHW labels. */
public final class Tensors {

    private Tensors() {}

    /** Images {@code [n, c, h, w]}. */
    public static INDArray images(TileBatch b) {
        return Nd4j.create(b.images(), new long[] {b.n(), b.channels(), b.height(), b.width()}, 'c');
    }

    /** One-hot labels {@code [n, classes, h, w]}. */
    public static INDArray oneHot(TileBatch b, int classes) {
        int pixels = b.height() * b.width();
        float[] out = new float[b.n() * classes * pixels];
        byte[] labels = b.labels();
        for (int i = 0; i < b.n(); i++) {
            for (int p = 0; p < pixels; p++) {
                out[(i * classes + labels[i * pixels + p]) * pixels + p] = 1f;
            }
        }
        return Nd4j.create(out, new long[] {b.n(), classes, b.height(), b.width()}, 'c');
    }

    /** A training example set for {@code fit}. */
    public static DataSet dataSet(TileBatch b, int classes) {
        return new DataSet(images(b), oneHot(b, classes));
    }
}
