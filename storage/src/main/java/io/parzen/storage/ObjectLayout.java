package io.parzen.storage;

/**
 * The bucket layout shared by operator, trainer and report (docs/design.md, "Object layout").
 *
 * <pre>
 * datasets/&lt;name&gt;/RGB-PanSharpen/RGB-PanSharpen_&lt;AOI&gt;_img&lt;N&gt;.tif
 * datasets/&lt;name&gt;/geojson/buildings/buildings_&lt;AOI&gt;_img&lt;N&gt;.geojson
 * studies/&lt;study&gt;/trials/&lt;trial&gt;/...        see {@link TrialPaths}
 * studies/&lt;study&gt;/report/index.html (+ charts)
 * </pre>
 *
 * Every key in the bucket is built here or in the path records this class hands out, so that no
 * other module concatenates key strings.
 */
public final class ObjectLayout {
    /** Top folder of the data sets. */
    public static final String DATASETS = "datasets/";
    /** Top folder of the studies. */
    public static final String STUDIES = "studies/";
    /**
     * The data set a trial reads when it names none (the trainer's {@code --dataset} default, and the
     * one {@code parzen local} writes when the store lacks it).
     */
    public static final String DEFAULT_DATASET = "synthetic";

    private ObjectLayout() {}

    /**
     * The store a trial's output location is in: the layout puts {@code datasets/} beside
     * {@code studies/}, so an output {@code s3://bucket/studies/s/trials/t/} reads its data from
     * {@code s3://bucket} (a folder {@code /var/parzen/studies/...} from {@code /var/parzen}, a
     * relative {@code studies/...} from {@code .}). Null when the location has no {@code studies/}
     * folder.
     */
    public static String storeRootOf(String output) {
        if (output == null) {
            return null;
        }
        int studies = output.indexOf(STUDIES);
        if (studies < 0 || (studies > 0 && output.charAt(studies - 1) != '/')) {
            return null;
        }
        String root = output.substring(0, studies);
        if (root.isEmpty()) {
            return ".";
        }
        if (root.endsWith("://")) {
            return null; // "studies" is the bucket's name, not a folder in it
        }
        return root.equals("/") ? root : root.substring(0, root.length() - 1);
    }

    /**
     * A data set's place: the store it is in and its name under {@code datasets/}.
     *
     * @param root the store: {@code s3://bucket}, {@code s3://bucket/prefix} or a folder
     * @param dataset the name under {@code datasets/}
     */
    public record DatasetLocation(String root, String dataset) {}

    /**
     * Where a location names a data set (the trainer's {@code --data}): a store root
     * ({@code s3://bucket}, {@code /data}) holding {@code datasets/<name>/}, with {@code name}; or the
     * data set's folder itself ({@code s3://bucket/datasets/vegas}), whose name then wins over
     * {@code name} (a relative {@code datasets/vegas} is in {@code .}).
     */
    public static DatasetLocation datasetLocation(String location, String name) {
        String folder = DATASETS.substring(0, DATASETS.length() - 1);
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        int slash = trimmed.lastIndexOf('/');
        if (slash > 0) {
            String parent = trimmed.substring(0, slash);
            String last = trimmed.substring(slash + 1);
            if (parent.equals(folder) || parent.endsWith("/" + folder)) {
                String root = parent.substring(0, parent.length() - folder.length());
                if (root.isEmpty()) {
                    root = ".";
                } else if (root.endsWith("/") && !root.endsWith("://") && root.length() > 1) {
                    root = root.substring(0, root.length() - 1);
                }
                return new DatasetLocation(root, last);
            }
        }
        return new DatasetLocation(location, name);
    }

    /** Keys of one SpaceNet-layout data set. */
    public static DatasetPaths dataset(String name) {
        return new DatasetPaths(name);
    }

    /** Keys of one study (its trials and its report). */
    public static StudyPaths study(String study) {
        return new StudyPaths(study);
    }

    /** Keys of one trial's output, relative to the bucket root. */
    public static TrialPaths trial(String study, String trial) {
        return study(study).trial(trial);
    }
}
