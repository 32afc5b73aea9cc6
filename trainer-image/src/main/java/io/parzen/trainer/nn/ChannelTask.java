package io.parzen.trainer.nn;

/** Work on an NCHW tensor that splits by channel: {@link ChannelSplit} gives each thread a range. */
interface ChannelTask {

    /** The tensor the work walks; its channels are what gets split. */
    NchwShape shape();

    /** Does the work for channels {@code from} (inclusive) to {@code to} (exclusive). */
    void run(int from, int to);
}
