package io.parzen.storage;

/**
 * Rules for object keys and key segments, shared by every store and by the layout.
 *
 * <p>A key is relative and '/'-separated, with no empty, "." or ".." segment and no backslash, so
 * that the same key means the same thing on S3 and in a local folder (where ".." would escape the
 * root).
 */
public final class Keys {
    private Keys() {}

    /** Returns the key if it is valid, else throws {@link IllegalArgumentException} naming it. */
    public static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("object key is empty");
        }
        if (key.endsWith("/")) {
            throw new IllegalArgumentException("object key '" + key + "' ends with '/' (that is a folder)");
        }
        checkSegments(key, key);
        return key;
    }

    /**
     * Returns the listing prefix if valid: empty, or a key-like string that may end with '/'.
     * Listing matches by string prefix, as S3 does ({@code "a/b"} also matches {@code "a/bc"}).
     */
    public static String requirePrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        String body = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (body.isEmpty()) {
            throw new IllegalArgumentException("listing prefix '" + prefix + "' is just '/'; use \"\" for all keys");
        }
        checkSegments(body, prefix);
        return prefix;
    }

    /** Returns one path segment (a study, trial, dataset or file name) if it holds no '/' and is not "."/"..". */
    public static String requireSegment(String what, String segment) {
        if (segment == null || segment.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (segment.contains("/") || segment.contains("\\") || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException(what + " '" + segment + "' must be one path segment (no '/', '\\', '.' or '..')");
        }
        return segment;
    }

    private static void checkSegments(String body, String original) {
        if (body.startsWith("/")) {
            throw new IllegalArgumentException("object key '" + original + "' starts with '/'; keys are relative");
        }
        if (body.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("object key '" + original + "' contains '\\'; use '/'");
        }
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(
                        "object key '" + original + "' has an empty, '.' or '..' segment");
            }
        }
    }
}
