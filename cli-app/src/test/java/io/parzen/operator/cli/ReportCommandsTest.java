package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.report.DemoFixtures;
import io.parzen.storage.embedded.EmbeddedS3Server;
import io.parzen.storage.LocalObjectStore;
import io.parzen.storage.ObjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.parzen.cli.CliErrors;
import picocli.CommandLine;

/** {@code parzen trials} and {@code parzen report} on a folder store and through the embedded S3 server. */
class ReportCommandsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {}

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine sub = new CommandLine(command);
        CommandLine cli = CliErrors.install(new CommandLine(CommandLine.Model.CommandSpec.create().name("parzen")), Map.of())
                .addSubcommand(sub);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = sub.getCommandName();
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void trialsOnAFolderListsStudiesThenTrials() throws IOException {
        Path store = folder.resolve("store");
        DemoFixtures.writeFakeStudy(new LocalObjectStore(store));
        Run studies = run(new TrialsCommand(Map.of()), "--store", store.toString());
        assertEquals(0, studies.exit(), studies.err());
        assertEquals(List.of(
                "NAME   TRIALS   SUCCEEDED   RUNNING   BEST        OBJECTIVE",
                "seed   6        2           1         seed-0001   0.3"), studies.out().lines().toList());
        Run trials = run(new TrialsCommand(Map.of()), "--store", store.toString(), "--study", "seed");
        assertEquals(0, trials.exit(), trials.err());
        assertEquals(9, trials.out().lines().count(), "header, six trials, why seed-0002 stopped, one problem line");
        List<String> lines = trials.out().lines().toList();
        assertEquals("NAME        PARAMS                                     PHASE          OBJECTIVE   PIXEL-F1   OBJECT-F1   "
                + "EPOCH   SECONDS", lines.get(0));
        assertEquals("seed-0002   head=grouped,filtersPerClass=16,lr=0.003   EarlyStopped   -           0.52       0.127       "
                + "2       20", lines.get(3), "an early-stopped trial with its last epoch's F1 scores");
        assertEquals("seed-0002: stopped by median at epoch 2", lines.get(7), "which rule stopped it, and when");
    }

    @Test
    void withoutStoreTheStudysStoreUnderParzenWork() throws IOException {
        DemoFixtures.writeFakeStudy(new LocalObjectStore(folder.resolve("seed").resolve("store")));
        TrialsCommand trials = new TrialsCommand(Map.of());
        trials.work = folder;
        Run r = run(trials, "--study", "seed");
        assertEquals(0, r.exit(), r.err());
        assertEquals(9, r.out().lines().count(), r.out());
        TrialsCommand studies = new TrialsCommand(Map.of());
        studies.work = folder;
        assertTrue(run(studies).out().startsWith("NAME   TRIALS"), "the only study's store, without --study");
    }

    @Test
    void userErrorsAreOneLine() {
        Run none = run(new TrialsCommand(Map.of()));
        assertEquals(2, none.exit());
        assertTrue(none.err().strip().startsWith("parzen trials: no store: give --store LOCATION or set PARZEN_STORE (there is no "
                + "study's store under parzen-work/ here either)"), none.err());
        Run missing = run(new TrialsCommand(Map.of()), "--store", folder.toString(), "--study", "nope");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("parzen trials: no trials of study 'nope' in "), missing.err());
        Run s3 = run(new ReportCommand(Map.of(), CLOCK), "--store", "s3://bucket/x", "--study", "seed");
        assertEquals(2, s3.exit());
        assertTrue(s3.err().startsWith("parzen report: ") && s3.err().contains("PARZEN_S3_ENDPOINT"), s3.err());
        Run badRule = run(new ReportCommand(Map.of(), CLOCK), "--store", folder.toString(), "--study", "seed",
                "--baseline-match", "head");
        assertEquals(2, badRule.exit());
        assertEquals("parzen report: --baseline-match 'head' must look like PARAM=VALUE", badRule.err().strip());
    }

    @Test
    void s3LocationsWorkThroughTheEmbeddedServer() throws IOException {
        try (EmbeddedS3Server server = EmbeddedS3Server.start(folder.resolve("s3"), "parzen")) {
            try (ObjectStore store = server.openStore("team/")) {
                DemoFixtures.writeFakeStudy(store);
            }
            Map<String, String> env = server.settings().toEnv();
            String location = "s3://parzen/team";
            Run trials = run(new TrialsCommand(env), "--store", location, "--study", "seed");
            assertEquals(0, trials.exit(), trials.err());
            assertTrue(trials.out().lines().anyMatch(l -> l.startsWith("seed-0001   head=grouped,filtersPerClass=4,lr=3e-4")));

            Path out = folder.resolve("local-copy");
            Run report = run(new ReportCommand(env, CLOCK), "--store", location, "--study", "seed", "--out", out.toString());
            assertEquals(0, report.exit(), report.err());
            assertEquals(List.of(
                    "report of study seed: 13 charts",
                    "  in the store: s3://parzen/team/ studies/seed/report/index.html",
                    "  local copy:   " + out.resolve("index.html")), report.out().lines().toList());
            try (ObjectStore store = server.openStore("team/")) {
                byte[] remote = store.get("studies/seed/report/index.html");
                assertEquals(Files.readString(out.resolve("index.html")), new String(remote, java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(14, store.list("studies/seed/report/").size());
            }
        }
    }
}
