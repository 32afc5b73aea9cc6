package io.parzen.trainer.tensorboard;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * One TensorBoard event file built in memory (object stores have no append; the caller uploads
 * {@link #bytes()} after each epoch). Not thread-safe.
 */
public final class EventFile {

    private final String name;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Starts a file with its version event; the name is {@code events.out.tfevents.<seconds>.<host>}. */
    public EventFile(double wallTime, String host) {
        this.name = String.format(Locale.ROOT, "events.out.tfevents.%d.%s", (long) wallTime, host);
        add(Events.fileVersion(wallTime));
    }

    /** Appends one encoded {@code Event}. */
    public void add(byte[] event) {
        out.writeBytes(TfRecord.frame(event));
    }

    /** The file name TensorBoard expects. */
    public String name() {
        return name;
    }

    /** The whole file so far. */
    public byte[] bytes() {
        return out.toByteArray();
    }
}
