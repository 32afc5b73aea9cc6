package io.parzen.storage;

import java.io.IOException;

/** A requested object does not exist. The message names the store and the key. */
public class ObjectNotFoundException extends IOException {
    private final String key;

    public ObjectNotFoundException(String where, String key) {
        super("not found: " + key + " in " + where);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
