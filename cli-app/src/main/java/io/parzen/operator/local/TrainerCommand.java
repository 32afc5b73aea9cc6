package io.parzen.operator.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parzen.operator.api.TrialTemplate;
import io.parzen.operator.model.Placeholders;
import io.parzen.operator.model.TrialEnv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a trial's trainer process the way the cluster builds its Job: the template's args with
 * placeholders filled, and the {@code PARZEN_*} and S3 environment. The container image and
 * command are ignored: {@code launcher} (this build's trainer) runs instead.
 *
 * @param launcher the command that starts the trainer, e.g. {@code java -jar parzen-trainer.jar}
 * @param storeEnv S3 endpoint and credentials the trainer needs to reach the store
 * @param bucketRoot {@code s3://bucket} of the study
 * @param threads CPU threads each trial may use (OpenMP and the JVM)
 */
record TrainerCommand(List<String> launcher, Map<String, String> storeEnv, String bucketRoot, int threads) {
    private static final ObjectMapper JSON = new ObjectMapper();

    TrainerCommand {
        launcher = List.copyOf(launcher);
        storeEnv = Map.copyOf(storeEnv);
    }

    List<String> command(TrialTemplate template, String study, String trial, Map<String, String> parameters) {
        Map<String, String> values = Placeholders.values(study, trial, parameters);
        List<String> command = new ArrayList<>(launcher);
        if (template.getArgs() != null) {
            for (String arg : template.getArgs()) {
                command.add(Placeholders.fill(arg, values));
            }
        }
        return command;
    }

    Map<String, String> env(TrialTemplate template, String study, String trial, Map<String, String> parameters) {
        Map<String, String> env = new LinkedHashMap<>();
        if (template.getEnv() != null) {
            Map<String, String> values = Placeholders.values(study, trial, parameters);
            template.getEnv().forEach(e -> {
                if (e.getValue() != null) {
                    env.put(e.getName(), Placeholders.fill(e.getValue(), values));
                }
            });
        }
        env.put(TrialEnv.STUDY, study);
        env.put(TrialEnv.TRIAL, trial);
        try {
            env.put(TrialEnv.PARAMS, JSON.writeValueAsString(parameters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Placeholders.placeholderParams(template).ifPresent(names -> env.put(TrialEnv.PLACEHOLDER_PARAMS, names));
        env.put(TrialEnv.OUTPUT, bucketRoot + "/studies/" + study + "/trials/" + trial + "/");
        env.putAll(storeEnv);
        String t = Integer.toString(threads);
        env.put("OMP_NUM_THREADS", t);
        env.put("OMP_PROC_BIND", "false");
        return env;
    }
}
