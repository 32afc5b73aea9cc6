package io.parzen.operator.cli;

import io.parzen.storage.ObjectStore;
import io.parzen.storage.ObjectStores;
import java.io.IOException;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --store LOCATION} option shared by the commands that read studies. */
public final class StoreOption {
    /** The variable giving the default store location. */
    public static final String STORE_VAR = "PARZEN_STORE";

    @Option(names = "--store", paramLabel = "LOCATION", defaultValue = "${env:" + STORE_VAR + "}",
            description = "Folder or s3://bucket/prefix holding studies/ (default: $" + STORE_VAR + "). "
                    + "s3 reads PARZEN_S3_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY.")
    String location;

    /** Opens the store; fails with a message naming the option when none was given. */
    ObjectStore open(Map<String, String> env) throws IOException {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("no store: give --store LOCATION or set " + STORE_VAR);
        }
        return ObjectStores.open(location, env);
    }
}
