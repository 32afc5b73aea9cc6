package io.parzen.cli;

import java.io.IOException;
import java.io.Writer;

/** Passes text through to another writer and remembers the last non-blank line written. */
public final class LastLineWriter extends Writer {
    private final Writer delegate;
    private final StringBuilder current = new StringBuilder();
    private volatile String last = "";

    public LastLineWriter(Writer delegate) {
        this.delegate = delegate;
    }

    /** The last non-blank line, stripped; the unfinished line when it is the last one; empty when none. */
    public String lastLine() {
        synchronized (lock) {
            String pending = current.toString().strip();
            return pending.isEmpty() ? last : pending;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        synchronized (lock) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n' || c == '\r') {
                    String line = current.toString().strip();
                    if (!line.isEmpty()) {
                        last = line;
                    }
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
        }
        delegate.write(chars, offset, length);
    }

    @Override
    public void flush() throws IOException {
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
