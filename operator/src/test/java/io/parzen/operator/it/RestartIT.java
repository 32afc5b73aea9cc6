package io.parzen.operator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.ParzenOperator;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.TrialNames;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator is stopped and started again at several points of a study while the trials' Jobs
 * go on (they finish while no operator runs). The study must end with every index exactly once
 * and every trial's result as the trainer wrote it.
 */
class RestartIT {

    @Test
    void restartsNeitherDuplicateNorLoseTrials() throws Exception {
        String ns = "rs";
        try (Harness h = new Harness();
                JobControllerDouble jobs = new JobControllerDouble(h.client, ns, h.store,
                        (n, p) -> StudyLifecycleIT.smooth(p, 40))) {
            h.secret(ns);
            h.client.resource(h.study(ns, "r", "/spec/maxTrials", "14", "/spec/parallelism", "3")).create();
            int[] stopAfter = {1, 4, 8};
            for (int k : stopAfter) {
                try (ParzenOperator op = h.operator(ns)) {
                    Harness.await(Duration.ofSeconds(30), () -> finished(h, ns) >= k, () -> "at least " + k + " finished");
                }
                // Jobs keep running and finish while no operator watches.
                Thread.sleep(250);
            }
            try (ParzenOperator op = h.operator(ns)) {
                Harness.await(Duration.ofSeconds(60), () -> {
                    Study s = h.get(ns, "r");
                    return s.getStatus() != null && "Succeeded".equals(s.getStatus().getPhase());
                }, () -> "study finished after restarts");
            }
            List<Trial> trials = h.trials(ns);
            assertEquals(14, trials.size());
            for (int i = 0; i < 14; i++) {
                Trial t = trials.get(i);
                assertEquals(TrialNames.trial("r", i), t.getMetadata().getName());
                assertEquals(i, t.getSpec().getIndex());
                assertEquals("Succeeded", t.getStatus().getPhase());
                assertEquals(jobs.results.get(t.getMetadata().getName()), t.getStatus().getObjective(), "result of " + i);
            }
            assertEquals(14, jobs.jobsSeen(), "one Job per trial");
            assertTrue(jobs.maxRunning() <= 3, "jobs running at once: " + jobs.maxRunning());
            assertEquals("14/14", h.get(ns, "r").getStatus().getProgress());
        }
    }

    private static long finished(Harness h, String ns) {
        return h.trials(ns).stream().filter(t -> TrialPhase.of(t.getStatus()).finished()).count();
    }
}
