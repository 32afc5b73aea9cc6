package io.parzen.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a store is: {@code s3://bucket[/prefix]}, a {@code file:} URI, or a plain folder path.
 * Accepted wherever a location is asked for (CLI options, {@code PARZEN_OUTPUT}).
 */
public sealed interface StoreLocation permits StoreLocation.S3, StoreLocation.Local {

    /** S3 bucket names: 3-63 lower-case letters, digits, dots, hyphens; starting and ending alphanumeric. */
    Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    /**
     * A bucket and a key prefix.
     *
     * @param bucket the bucket name
     * @param prefix "" or a folder ending with '/'
     */
    record S3(String bucket, String prefix) implements StoreLocation {
        /** Validates both. */
        public S3 {
            requireBucket(bucket, "s3://" + bucket);
            if (!prefix.isEmpty()) {
                if (!prefix.endsWith("/")) {
                    throw new IllegalArgumentException("S3 prefix '" + prefix + "' must end with '/'");
                }
                Keys.requirePrefix(prefix);
            }
        }

        /** {@code s3://bucket/} or {@code s3://bucket/prefix/}. */
        @Override
        public String toString() {
            return "s3://" + bucket + "/" + prefix;
        }
    }

    /**
     * A local folder.
     *
     * @param folder the folder, as given (relative paths resolve against the working directory)
     */
    record Local(Path folder) implements StoreLocation {
        @Override
        public String toString() {
            return folder.toString();
        }
    }

    /**
     * Parses a location. The message of a bad one quotes it and says what is wrong.
     *
     * <table>
     * <caption>Examples</caption>
     * <tr><td>{@code s3://b}</td><td>bucket b, no prefix</td></tr>
     * <tr><td>{@code s3://b/p/q}</td><td>bucket b, prefix {@code p/q/}</td></tr>
     * <tr><td>{@code file:///x/y}</td><td>folder /x/y</td></tr>
     * <tr><td>{@code /x/y}, {@code rel/y}</td><td>that folder</td></tr>
     * </table>
     */
    static StoreLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("store location is empty; expected s3://bucket/prefix or a folder");
        }
        String text = location.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("s3:")) {
            return parseS3(text);
        }
        if (lower.startsWith("file:")) {
            return parseFile(text);
        }
        if (text.matches("[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            throw new IllegalArgumentException("store location '" + text
                    + "' has an unsupported scheme; expected s3://bucket/prefix, file:///folder or a folder");
        }
        try {
            return new Local(Path.of(text));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("store location '" + text + "' is not a valid path: " + e.getReason());
        }
    }

    /** Returns the bucket if it is a valid S3 bucket name, else fails quoting {@code location}. */
    public static String requireBucket(String bucket, String location) {
        if (bucket == null || bucket.isEmpty()) {
            throw new IllegalArgumentException("store location '" + location + "' has no bucket name");
        }
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("store location '" + location + "': '" + bucket
                    + "' is not a valid bucket name (3-63 lower-case letters, digits, '.', '-')");
        }
        return bucket;
    }

    private static StoreLocation parseS3(String text) {
        if (!text.substring(3).startsWith("//")) {
            throw new IllegalArgumentException("store location '" + text + "' must look like s3://bucket/prefix");
        }
        String rest = text.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.contains("@") || bucket.contains(":")) {
            // s3://key:secret@bucket: refuse without echoing what may be a secret.
            throw new IllegalArgumentException("store location must not carry credentials or a port;"
                    + " give the endpoint and keys in " + S3Settings.ENDPOINT_VAR + " and "
                    + S3Settings.ACCESS_KEY_VAR + "/" + S3Settings.SECRET_KEY_VAR);
        }
        requireBucket(bucket, text);
        String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        if (!prefix.isEmpty()) {
            try {
                Keys.requirePrefix(prefix);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("store location '" + text + "' has a bad prefix: " + e.getMessage());
            }
        }
        return new S3(bucket, prefix);
    }

    private static StoreLocation parseFile(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("store location '" + text + "' is not a valid file: URI: " + e.getReason());
        }
        if (uri.isOpaque() || uri.getPath() == null || uri.getPath().isEmpty()) {
            throw new IllegalArgumentException("store location '" + text + "' must be an absolute file URI like file:///data/parzen");
        }
        if (uri.getAuthority() != null && !uri.getAuthority().equalsIgnoreCase("localhost")) {
            throw new IllegalArgumentException("store location '" + text + "' names a remote host; only local folders are supported");
        }
        return new Local(Path.of(uri.getPath()));
    }
}
