package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectLayoutTest {
    static final DatasetPaths.Tile TILE = new DatasetPaths.Tile("AOI_2_Vegas", 1234);
    static final TrialPaths TRIAL = ObjectLayout.trial("quick", "quick-0007");

    static Stream<Arguments> keys() {
        return Stream.of(
                key(() -> ObjectLayout.dataset("spacenet").image(TILE),
                        "datasets/spacenet/RGB-PanSharpen/RGB-PanSharpen_AOI_2_Vegas_img1234.tif"),
                key(() -> ObjectLayout.dataset("spacenet").buildings(TILE),
                        "datasets/spacenet/geojson/buildings/buildings_AOI_2_Vegas_img1234.geojson"),
                key(() -> ObjectLayout.dataset("synthetic").imagesPrefix(), "datasets/synthetic/RGB-PanSharpen/"),
                key(() -> ObjectLayout.dataset("synthetic").buildingsPrefix(), "datasets/synthetic/geojson/buildings/"),
                key(() -> ObjectLayout.study("quick").trialsPrefix(), "studies/quick/trials/"),
                key(TRIAL::prefix, "studies/quick/trials/quick-0007/"),
                key(TRIAL::params, "studies/quick/trials/quick-0007/params.json"),
                key(TRIAL::metrics, "studies/quick/trials/quick-0007/metrics.jsonl"),
                key(TRIAL::histograms, "studies/quick/trials/quick-0007/histograms.jsonl"),
                key(() -> TRIAL.masksPrefix(3), "studies/quick/trials/quick-0007/masks/epoch-3/"),
                key(() -> TRIAL.mask(3, "AOI_2_Vegas_img1234"),
                        "studies/quick/trials/quick-0007/masks/epoch-3/AOI_2_Vegas_img1234.png"),
                key(TRIAL::tensorboardPrefix, "studies/quick/trials/quick-0007/tensorboard/"),
                key(() -> TRIAL.tensorboardFile("events.out.tfevents.1700000000.host"),
                        "studies/quick/trials/quick-0007/tensorboard/events.out.tfevents.1700000000.host"),
                key(TRIAL::model, "studies/quick/trials/quick-0007/model.zip"),
                key(TRIAL::result, "studies/quick/trials/quick-0007/result.json"),
                key(TRIAL::status, "studies/quick/trials/quick-0007/status.json"),
                key(() -> ObjectLayout.study("quick").reportIndex(), "studies/quick/report/index.html"),
                key(() -> ObjectLayout.study("quick").reportFile("objective.png"), "studies/quick/report/objective.png"),
                key(() -> TrialPaths.root().result(), "result.json"),
                key(() -> TrialPaths.root().mask(1, "a"), "masks/epoch-1/a.png"));
    }

    static Arguments key(Supplier<String> key, String expected) {
        return Arguments.of(expected, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void layoutKeys(String expected, Supplier<String> key) {
        assertEquals(expected, key.get());
        if (!expected.endsWith("/")) {
            Keys.requireKey(expected);
        }
    }

    /** The trainer's {@code --data}: a store root, or a data set's own folder (whose name wins). */
    @ParameterizedTest
    @CsvSource({
        "/data,synthetic,/data,synthetic",
        "/data/datasets/vegas,synthetic,/data,vegas",
        "s3://bucket/datasets/vegas/,synthetic,s3://bucket,vegas",
        "s3://bucket/x/datasets/v,synthetic,s3://bucket/x,v",
        "s3://bucket,vegas,s3://bucket,vegas",
        "datasets/v,synthetic,.,v",
    })
    void datasetLocations(String location, String name, String root, String dataset) {
        assertEquals(new ObjectLayout.DatasetLocation(root, dataset), ObjectLayout.datasetLocation(location, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RGB-PanSharpen_AOI_2_Vegas_img1234.tif                            | AOI_2_Vegas | 1234
            datasets/x/RGB-PanSharpen/RGB-PanSharpen_AOI_5_Khartoum_img1.tif  | AOI_5_Khartoum | 1
            """)
    void imageNamesParseToTiles(String name, String aoi, int image) {
        assertEquals(Optional.of(new DatasetPaths.Tile(aoi, image)), DatasetPaths.parseImage(name));
    }

    @ParameterizedTest
    @CsvSource({"RGB-PanSharpen_AOI_2_Vegas_img1234.tif.aux.xml", "RGB-PanSharpen_AOI_2_Vegas.tif",
            "buildings_AOI_2_Vegas_img1.geojson", "RGB-PanSharpen__img1.tif"})
    void otherFilesAreNotTiles(String name) {
        assertEquals(Optional.empty(), DatasetPaths.parseImage(name));
    }

    @Test
    void parsedTileMapsBackToTheSameKeys() {
        DatasetPaths data = ObjectLayout.dataset("d");
        String image = data.image(TILE);
        DatasetPaths.Tile tile = DatasetPaths.parseImage(image).orElseThrow();
        assertEquals(image, data.image(tile));
        assertEquals("datasets/d/geojson/buildings/buildings_AOI_2_Vegas_img1234.geojson", data.buildings(tile));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            study name | a/b
            study name | ..
            trial name | x/y
            """)
    void namesMustBeOneSegment(String what, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            if (what.startsWith("study")) {
                ObjectLayout.study(name);
            } else {
                ObjectLayout.trial("s", name);
            }
        });
        assertTrue(e.getMessage().startsWith(what + " '" + name + "'"), e.getMessage());
    }

    @Test
    void emptyNamesAndNegativeEpochsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ObjectLayout.dataset(""));
        assertThrows(IllegalArgumentException.class, () -> TRIAL.masksPrefix(-1));
        assertThrows(IllegalArgumentException.class, () -> TrialPaths.under("no/slash"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "s3://parzen/studies/s1/trials/s1-0000/, s3://parzen",
        "s3://parzen/team-a/studies/s1/trials/s1-0000, s3://parzen/team-a",
        "/var/parzen/studies/s1/trials/s1-0003/, /var/parzen",
        "studies/s1/trials/s1-0003, .",
        "/studies/s1/trials/s1-0003, /",
        "s3://studies/x/y, null",
        "/tmp/out, null",
        "/tmp/mystudies/x, null",
    })
    void storeRootOfATrialOutputIsAboveItsStudiesFolder(String output, String expected) {
        assertEquals(expected, ObjectLayout.storeRootOf(output));
    }
}
