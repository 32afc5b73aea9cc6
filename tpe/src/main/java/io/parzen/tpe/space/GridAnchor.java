package io.parzen.tpe.space;

/** Where the q grid of a quantized, bounded parameter starts. */
public enum GridAnchor {
    /** Values are {@code low + k*q} (parzen's default: {@code quniform(3, 120, 5)} gives 3, 8, 13, ...). */
    LOW,
    /** Values are {@code k*q} inside the bounds, as hyperopt rounds them. */
    ZERO
}
