package io.parzen.operator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.operator.planning.TrialEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local trainer process gets the cluster's trial contract. */
class TrainerCommandTest {
    private final TrainerCommand trainer = new TrainerCommand(List.of("trainer"), Map.of(), "s3://parzen", 2);

    private static Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lr", "0.01");
        p.put("filtersPerClass", "12");
        p.put("epochs", "4");
        return p;
    }

    @Test
    void placeholderParametersOfArgsAndEnvAreNamedSorted() {
        TrialTemplate template = new TrialTemplate();
        template.setArgs(List.of("--learning-rate", "${param.lr}", "--run", "${study.name}/${trial.name}"));
        template.setEnv(List.of(new EnvVar("FILTERS", "${param.filtersPerClass}", null)));
        Map<String, String> env = trainer.env(template, "quick", "quick-0001", parameters());
        assertEquals("filtersPerClass,lr", env.get(TrialEnv.PLACEHOLDER_PARAMS), "not epochs: no placeholder names it");
        assertEquals("{\"lr\":\"0.01\",\"filtersPerClass\":\"12\",\"epochs\":\"4\"}", env.get(TrialEnv.PARAMS));
        assertEquals(List.of("trainer", "--learning-rate", "0.01", "--run", "quick/quick-0001"),
                trainer.command(template, "quick", "quick-0001", parameters()));
    }

    @Test
    void noPlaceholderParameterNoVariable() {
        TrialTemplate template = new TrialTemplate();
        template.setArgs(List.of("--run", "${trial.name}"));
        Map<String, String> env = trainer.env(template, "quick", "quick-0001", parameters());
        assertFalse(env.containsKey(TrialEnv.PLACEHOLDER_PARAMS), env.toString());
        assertEquals("quick-0001", env.get(TrialEnv.TRIAL));
    }

    /** The runner shares this machine's cores out, so its thread count wins over the template's (docs/local.md). */
    @Test
    void theRunnersThreadCountWinsOverTheTemplates() {
        TrialTemplate template = new TrialTemplate();
        template.setEnv(List.of(new EnvVar(TrialEnv.OMP_NUM_THREADS, "16", null), new EnvVar("EPOCHS", "3", null)));
        Map<String, String> env = trainer.env(template, "quick", "quick-0001", parameters());
        assertEquals("2", env.get(TrialEnv.OMP_NUM_THREADS));
        assertEquals("3", env.get("EPOCHS"), "the template's other variables stay");
    }
}
