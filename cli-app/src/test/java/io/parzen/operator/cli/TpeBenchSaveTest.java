package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tpe bench --save` writes every run in the JSON that tpe-bench/compare/optuna_compare.py loads. */
class TpeBenchSaveTest {

    @Test
    void savesEveryRunsCurveKeyedAsTheComparisonScriptKeysThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.json");
        CliBadInputsTest.Run r = CliBadInputsTest.run(new String[] {"tpe", "bench", "--seeds", "3", "--first-seed", "40",
                "--budget", "12", "--objectives", "oom", "--samplers", "tpe,random", "--batches", "1,4", "--save",
                file.toString()}, Map.of(), "");
        assertEquals(0, r.exit(), r.output());
        // Python's json module writes and reads Infinity: a run has no incumbent before its first success.
        JsonNode saved = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(Files.readString(file));
        List<String> keys = iterable(saved.fieldNames());
        assertEquals(List.of("parzen|oom|1", "random|oom|1", "parzen|oom|4"), keys, "random's batches are not run");
        for (String key : keys) {
            JsonNode runs = saved.get(key);
            assertEquals(3, runs.size(), key);
            for (int s = 0; s < 3; s++) {
                JsonNode run = runs.get(s);
                assertEquals(40 + s, run.get("seed").asInt(), key);
                assertEquals(12, run.get("curve").size(), key);
                for (int i = 1; i < 12; i++) {
                    assertTrue(run.get("curve").get(i).asDouble() <= run.get("curve").get(i - 1).asDouble(),
                            key + " seed " + (40 + s) + ": an incumbent never gets worse");
                }
                assertTrue(run.get("failed").asInt() >= 0 && run.get("failed").asInt() <= 12, key);
            }
        }
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnyRun(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("runs.json");
        CliBadInputsTest.Run r = CliBadInputsTest.run(new String[] {"tpe", "bench", "--save", file.toString()}, Map.of(), "");
        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("--save " + file + ": folder " + file.getParent() + " does not exist"), r.output());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
