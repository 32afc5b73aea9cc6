package io.parzen.operator.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.parzen.operator.api.Study;
import io.parzen.operator.api.Trial;
import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.OperatorMain;
import io.parzen.operator.planning.TrialNames;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Leader election with two real operator processes: {@code parzen operator --leader-election} runs
 * twice as child JVMs (JOSDK exits the JVM when a replica stops leading, so they cannot run in the
 * test's JVM) against one mock API server, one Lease. Only the Lease's holder reconciles; when it is
 * killed (SIGKILL: no release of the Lease) the other takes the Lease over once it expires and
 * finishes the study, with every trial index exactly once and every result kept. Last, the Lease
 * is taken from the new leader, which must then exit (status 1) rather than go on reconciling.
 *
 * <p>Both children get the same {@code HOSTNAME} and no {@code POD_NAME}, as two processes on one
 * machine (or two host-network pods on one node) do: with JOSDK's default identity ($HOSTNAME) both
 * would hold the Lease at once. The Lease timing is shortened (4 s lease, 3 s renew deadline, 0.5 s
 * retry) to keep the test short.
 */
class LeaderElectionIT {
    private static final String NS = "le";
    private static final String LEASE = "parzen";
    private static final int MAX_TRIALS = 10;
    private static final Duration LEASE_DURATION = Duration.ofSeconds(4);
    private static final Pattern HTTP_PORT = Pattern.compile("http port (\\d+)");
    private static final Pattern RECONCILES = Pattern.compile(
            "(?m)^parzen_reconciles_total\\{controller=\"[a-z]+\",outcome=\"[a-z]+\"} (\\d+)$");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheLeaseHolderReconcilesAndTheOtherTakesOverWhenItDies() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "leader-election-it"));
        List<Replica> replicas = new ArrayList<>();
        try (Harness h = new Harness();
                JobControllerDouble jobs = new JobControllerDouble(h.client, NS, h.store,
                        (n, p) -> StudyLifecycleIT.smooth(p, 150))) {
            h.grantLeases();
            h.secret(NS);
            for (int i = 0; i < 2; i++) {
                replicas.add(Replica.start(h.server.url("/"), logs.resolve("replica-" + i + ".log")));
            }
            for (Replica r : replicas) {
                Harness.await(Duration.ofSeconds(30), () -> r.port() > 0 || !r.process.isAlive(), () -> "http port of " + r);
                assertTrue(r.process.isAlive(), () -> r + " exited: " + r.log());
            }
            Harness.await(Duration.ofSeconds(20), () -> holder(h) != null, () -> "a Lease holder; " + logs(replicas));
            Replica leader = replicas.stream().filter(r -> r.identity().equals(holder(h))).findFirst()
                    .orElseThrow(() -> new AssertionError("holder " + holder(h) + " is neither replica; " + logs(replicas)));
            Replica follower = replicas.get(1 - replicas.indexOf(leader));

            h.client.resource(h.study(NS, "s", "/spec/maxTrials", String.valueOf(MAX_TRIALS), "/spec/parallelism", "2"))
                    .create();
            Harness.await(Duration.ofSeconds(30), () -> succeeded(h) >= 3, () -> "3 trials succeeded; " + logs(replicas));
            // Mid-study: trials are running. The follower has reconciled nothing, the holder is unchanged.
            assertEquals(leader.identity(), holder(h));
            assertTrue(reconciles(leader) > 0, () -> "the leader reconciles; " + leader.log());
            assertEquals(0, reconciles(follower), () -> "the follower must not reconcile; " + follower.log());
            assertTrue(follower.process.isAlive(), () -> follower.log());
            assertTrue(succeeded(h) < MAX_TRIALS, "killed mid-study");

            long killed = System.nanoTime();
            leader.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Harness.await(LEASE_DURATION.plusSeconds(8), () -> follower.identity().equals(holder(h)),
                    () -> "the follower takes the Lease over; holder " + holder(h) + "; " + follower.log());
            long takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            // Not before the killed leader's last renewal expired, not much later.
            assertTrue(takeoverMillis <= LEASE_DURATION.toMillis() + 8_000, "took over after " + takeoverMillis + " ms");

            Harness.await(Duration.ofSeconds(30), () -> {
                Study s = h.get(NS, "s");
                return s.getStatus() != null && "Succeeded".equals(s.getStatus().getPhase());
            }, () -> "study succeeded; trials " + StudyLifecycleIT.names(h.trials(NS)) + "; " + follower.log());
            assertTrue(reconciles(follower) > 0, () -> "the new leader reconciles; " + follower.log());
            assertTrue(follower.process.isAlive(), () -> follower.log());
            assertEquals(follower.identity(), holder(h));

            List<Trial> trials = h.trials(NS);
            assertEquals(MAX_TRIALS, trials.size(), () -> "trials: " + StudyLifecycleIT.names(trials));
            for (int i = 0; i < MAX_TRIALS; i++) {
                Trial t = trials.get(i);
                String name = TrialNames.trial("s", i);
                assertEquals(name, t.getMetadata().getName());
                assertEquals(i, t.getSpec().getIndex());
                assertEquals("Succeeded", t.getStatus().getPhase(), name);
                assertEquals(jobs.results.get(name), t.getStatus().getObjective(), "result of " + name);
            }
            assertEquals(MAX_TRIALS, jobs.jobsSeen(), "one Job per trial");
            assertTrue(jobs.maxRunning() <= 2, "jobs running at once: " + jobs.maxRunning());
            Study study = h.get(NS, "s");
            assertEquals(MAX_TRIALS + "/" + MAX_TRIALS, study.getStatus().getProgress());
            assertEquals(MAX_TRIALS, study.getStatus().getSucceeded());

            // A deposed leader stops: another holder takes the Lease (as after a network partition);
            // the replica sees it at its next renewal and exits 1. JOSDK 5.3.2 alone logs "Stopped
            // leading, configured not to exit" and goes on reconciling next to the new leader.
            long stolen = System.nanoTime();
            Harness.await(Duration.ofSeconds(15), () -> {
                steal(h);
                return !follower.process.isAlive();
            },
                    () -> "the deposed leader exits; " + follower.log());
            assertTrue(follower.process.waitFor(5, TimeUnit.SECONDS), () -> follower.log());
            long exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stolen);
            assertEquals(1, follower.process.exitValue(), () -> follower.log());
            assertTrue(follower.log().contains("lost the Lease le/parzen as " + follower.identity()), () -> follower.log());
            System.err.printf("leader election: %s led, %s took over %d ms after the kill, exited %d ms after losing"
                    + " the Lease%n", leader.identity(), follower.identity(), takeoverMillis, exitMillis);
        } finally {
            for (Replica r : replicas) {
                r.stop();
            }
        }
    }

    /** Makes "intruder" the holder of a freshly renewed 60 s Lease (a lost race is retried by the caller). */
    private static void steal(Harness h) {
        try {
            h.client.resources(Lease.class).inNamespace(NS).withName(LEASE).edit(l -> {
                l.getSpec().setHolderIdentity("intruder");
                l.getSpec().setLeaseDurationSeconds(60);
                l.getSpec().setRenewTime(ZonedDateTime.now(ZoneOffset.UTC));
                return l;
            });
        } catch (KubernetesClientException e) {
            // lost a race with the replica's renewal: the next round takes it again
        }
    }

    private static String holder(Harness h) {
        Lease lease = h.client.resources(Lease.class).inNamespace(NS).withName(LEASE).get();
        return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
    }

    private static long succeeded(Harness h) {
        return h.trials(NS).stream().filter(t -> TrialPhase.of(t.getStatus()) == TrialPhase.Succeeded).count();
    }

    /** Reconciles of both controllers, all outcomes, from the replica's /metrics. */
    private long reconciles(Replica r) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = RECONCILES.matcher(metrics);
        long n = 0;
        while (m.find()) {
            n += Long.parseLong(m.group(1));
        }
        return n;
    }

    private static String logs(List<Replica> replicas) {
        StringBuilder b = new StringBuilder();
        for (Replica r : replicas) {
            b.append('\n').append(r).append(":\n").append(r.log());
        }
        return b.toString();
    }

    /** One {@code parzen operator} child JVM, its output in {@code logFile}. */
    private record Replica(Process process, Path logFile) {

        static Replica start(String master, Path log) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(),
                    // JOSDK's lines on leading and stopping, in the log for a failure's diagnosis.
                    "-Dorg.slf4j.simpleLogger.log.io.javaoperatorsdk.operator.LeaderElectionManager=info",
                    "-Dkubernetes.master=" + master, "-Dkubernetes.auth.tryKubeConfig=false",
                    "-Dkubernetes.auth.tryServiceAccount=false", "-Dkubernetes.namespace=" + NS,
                    OperatorMain.class.getName(), "operator", "-n", NS, "--http-port", "0", "--poll-interval", "PT0.1S",
                    "--threads", "4", "--leader-election", "--lease-namespace", NS, "--lease-name", LEASE,
                    "--lease-duration", "PT4S", "--renew-deadline", "PT3S", "--retry-period", "PT0.5S");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // Two processes on one host: one HOSTNAME, no POD_NAME. The identity must still differ.
            pb.environment().remove("POD_NAME");
            pb.environment().put("HOSTNAME", "parzen-host");
            pb.environment().remove("KUBECONFIG");
            return new Replica(pb.start(), log);
        }

        /** What {@code OperatorCommand.identity} makes of the shared host name. */
        String identity() {
            return "parzen-host-" + process.pid();
        }

        int port() {
            Matcher m = HTTP_PORT.matcher(log());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return e.toString();
            }
        }

        /** SIGTERM, as Kubernetes stops a pod; SIGKILL if it has not exited in 20 s. */
        void stop() throws InterruptedException {
            if (!process.isAlive()) {
                return;
            }
            long start = System.nanoTime();
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                System.err.println(this + " ignored SIGTERM for 20 s; killed");
            } else {
                System.err.printf("%s exited %d, %d ms after SIGTERM%n", this, process.exitValue(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            }
        }

        @Override
        public String toString() {
            return "replica " + identity();
        }
    }
}
