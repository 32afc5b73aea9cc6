package io.parzen.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OperatorCommandTest {

    @Test
    void parsesNamespacesLeaderElectionAndPorts() {
        OperatorCommand c = new OperatorCommand();
        new CommandLine(c).parseArgs("-n", "a,b", "--namespace", "c", "--leader-election", "--lease-namespace", "parzen",
                "--http-port", "9090", "--poll-interval", "PT5S");
        assertEquals(List.of("a", "b", "c"), c.namespaces);
        assertTrue(c.leaderElection);
        assertEquals("parzen", c.leaseNamespace);
        assertEquals(9090, c.httpPort);
        assertEquals(Duration.ofSeconds(5), c.pollInterval);
    }

    @Test
    void defaultsWatchAllNamespacesWithoutLeaderElection() {
        OperatorCommand c = new OperatorCommand();
        new CommandLine(c).parseArgs();
        assertEquals(List.of(), c.namespaces);
        assertEquals(8080, c.httpPort);
        assertEquals(Duration.ofSeconds(10), c.pollInterval);
        assertTrue(!c.leaderElection);
    }

    @Test
    void parsesTheLeaseTimingAndIdentity() {
        OperatorCommand c = new OperatorCommand();
        new CommandLine(c).parseArgs("--leader-election", "--lease-identity", "pod-a", "--lease-duration", "PT4S",
                "--renew-deadline", "PT3S", "--retry-period", "PT0.5S");
        assertEquals("pod-a", c.leaseIdentity);
        assertEquals(Duration.ofSeconds(4), c.leaseDuration);
        assertEquals(Duration.ofSeconds(3), c.renewDeadline);
        assertEquals(Duration.ofMillis(500), c.retryPeriod);
        OperatorCommand d = new OperatorCommand();
        new CommandLine(d).parseArgs();
        assertEquals(Duration.ofSeconds(15), d.leaseDuration);
        assertEquals(Duration.ofSeconds(10), d.renewDeadline);
        assertEquals(Duration.ofSeconds(2), d.retryPeriod);
        assertEquals(System.getenv("POD_NAME"), d.leaseIdentity);
    }

    @Test
    void identityIsThePodNameElseHostAndPid() {
        assertEquals("parzen-7d9f-x2", OperatorCommand.identity("parzen-7d9f-x2", "node-1", 1));
        // Two processes on one host (or two host-network pods on one node) must differ.
        assertEquals("node-1-41", OperatorCommand.identity(null, "node-1", 41));
        assertEquals("node-1-42", OperatorCommand.identity("", "node-1", 42));
        assertTrue(OperatorCommand.identity(null, null, 7).endsWith("-7"));
    }

    @Test
    void isTheControllerJarsOnlyCommand() {
        CommandLine cli = OperatorMain.commandLine(java.util.Map.of());
        assertEquals(List.of("operator", "help"), List.copyOf(cli.getSubcommands().keySet()));
    }
}
