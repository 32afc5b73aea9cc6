package io.parzen.trainer.train.cli;

/**
 * Where a dataset is: the store root and the name under {@code datasets/}. {@code --data} may name
 * the root ({@code s3://bucket}, {@code /data}) or the dataset folder itself
 * ({@code s3://bucket/datasets/vegas}); in the second form the folder's name wins over {@code --dataset}.
 */
public record DataLocation(String root, String dataset) {

    /** Splits a trailing {@code datasets/<name>} off the location. */
    public static DataLocation parse(String location, String dataset) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        int slash = trimmed.lastIndexOf('/');
        if (slash > 0) {
            String parent = trimmed.substring(0, slash);
            String name = trimmed.substring(slash + 1);
            if (parent.equals("datasets") || parent.endsWith("/datasets")) {
                String root = parent.substring(0, parent.length() - "datasets".length());
                if (root.isEmpty()) {
                    root = ".";
                } else if (root.endsWith("/") && !root.endsWith("://") && root.length() > 1) {
                    root = root.substring(0, root.length() - 1);
                }
                return new DataLocation(root, name);
            }
        }
        return new DataLocation(location, dataset);
    }
}
