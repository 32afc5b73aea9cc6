package io.parzen.operator.cli;

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
    void isASubcommandOfParzen() {
        CommandLine cli = new CommandLine(new ParzenCli());
        assertTrue(cli.getSubcommands().containsKey("operator"));
        assertTrue(cli.getSubcommands().containsKey("tpe"));
    }
}
