package io.parzen.operator.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parzen tpe ask-tell}: the optimizer over standard input and output. */
@Command(name = "ask-tell", mixinStandardHelpOptions = true,
        description = {
            "Drive the optimizer with JSON lines on standard input; answers go to standard output.",
            "First line: {\"space\": [...], \"algorithm\": {\"name\": \"tpe\", \"seed\": 1, ...}, \"goal\": \"minimize\"}",
            "Then {\"ask\": K} -> K lines {\"trial\": i, \"params\": {...}};",
            "{\"tell\": i, \"value\": v} or {\"tell\": i, \"state\": \"failed\"} -> {\"ok\": true}.",
            "Bad input -> {\"error\": \"...\"} and exit status 2; end of input -> exit status 0."})
public final class AskTellCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return new AskTellProtocol(spec.commandLine().getOut()).run(in);
    }
}
