package io.parzen.operator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParzenCliTest {

    /** The launcher's jar runs every command but the trainer's; the controller's jar only `operator`. */
    @Test
    void holdsEveryCommandTheLauncherRuns() {
        assertEquals(List.of("local", "tpe", "operator", "trials", "report", "help"),
                List.copyOf(ParzenCli.commandLine(Map.of()).getSubcommands().keySet()));
    }
}
