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

    private ObjectLayout() {}

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
