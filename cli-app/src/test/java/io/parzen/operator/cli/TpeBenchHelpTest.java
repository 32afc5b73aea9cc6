package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.tpe.bench.Objective;
import io.parzen.tpe.bench.QualityBenchmark;
import io.parzen.tpe.bench.SamplerVariant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `tpe bench --help` names every objective and sampler the benchmark accepts. */
class TpeBenchHelpTest {

    @Test
    void helpListsEveryObjectiveAndSampler() {
        CliBadInputsTest.Run r = CliBadInputsTest.run(new String[] {"tpe", "bench", "--help"}, Map.of(), "");
        assertEquals(0, r.exit(), r.output());
        String help = r.output().replaceAll("\\s+", " ");
        for (Objective o : QualityBenchmark.objectives()) {
            assertTrue(help.contains(o.name()), o.name() + " missing from: " + help);
        }
        for (SamplerVariant v : SamplerVariant.all()) {
            assertTrue(help.contains(v.name() + ",") || help.contains(v.name() + " "), v.name() + " missing from: " + help);
        }
    }
}
