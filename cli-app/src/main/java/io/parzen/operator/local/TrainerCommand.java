package io.parzen.operator.local;

import io.parzen.operator.api.TrialTemplate;
import io.parzen.operator.planning.Placeholders;
import io.parzen.operator.planning.TrialEnv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a trial's trainer process the way the cluster builds its Job: the template's args with
 * placeholders filled, and the {@code PARZEN_*} environment ({@link TrialEnv#trialValues}, as the
 * Job builder makes it) and the S3 one. The container image and
 * command are ignored: {@code launcher} (this build's trainer) runs instead.
 *
 * @param launcher the command that starts the trainer, e.g. {@code java -jar parzen-trainer.jar}
 * @param storeEnv S3 endpoint and credentials the trainer needs to reach the store
 * @param bucketRoot {@code s3://bucket} of the study
 * @param threads CPU threads each trial may use (OpenMP and the JVM)
 */
public record TrainerCommand(List<String> launcher, Map<String, String> storeEnv, String bucketRoot, int threads) {
    public TrainerCommand {
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
        env.putAll(TrialEnv.trialValues(template, bucketRoot, study, trial, parameters));
        env.putAll(storeEnv);
        String t = Integer.toString(threads);
        env.put(TrialEnv.OMP_NUM_THREADS, t);
        env.put("OMP_PROC_BIND", "false");
        return env;
    }

    /** The java command of the running JVM: what the launcher starts trainers with. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
