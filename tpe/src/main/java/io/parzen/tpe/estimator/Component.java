package io.parzen.tpe.estimator;

/** One Gaussian kernel of a Parzen estimator, in internal space, with its normalised weight. */
public record Component(double mean, double sigma, double weight) {}
