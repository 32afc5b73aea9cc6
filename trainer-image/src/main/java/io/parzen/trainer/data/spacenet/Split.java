package io.parzen.trainer.data.spacenet;

/** The three disjoint parts of a dataset. */
public enum Split { TRAIN, VAL, TEST }
