package io.parzen.trainer.data;

import java.io.IOException;

/**
 * An input file (GeoTIFF, GeoJSON) that cannot be used. The message always starts with the file
 * (object key or path) followed by the problem, so that a user can act on it without a stack trace.
 */
public class DataFormatException extends IOException {

    public DataFormatException(String file, String problem) {
        super(file + ": " + problem);
    }

    public DataFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
