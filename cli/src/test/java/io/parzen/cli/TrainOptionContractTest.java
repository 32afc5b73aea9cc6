package io.parzen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's file format and its checks (the trainer module tests it against the trainer itself). */
class TrainOptionContractTest {
    private static final TrainOptionContract SMALL = TrainOptionContract.parse("""
            # a comment
            --epochs      1 int    <epochs>     1..100
            --tile        1 int    PX           8..
            --tiling      1 string crop|resize  crop,resize
            --rate        1 double LR           0..0.5
            --check       0 boolean <check>
            -h,--help     0 boolean <help>
            bench subcommand
            """);

    @Test
    void rowsBecomeOptionsAndSubcommands() {
        assertEquals(6, SMALL.options().size());
        assertEquals(List.of("bench"), SMALL.subcommands());
        TrainOptionContract.Option help = SMALL.option("-h").orElseThrow();
        assertEquals("--help", help.name());
        assertEquals(0, help.arity());
        assertEquals(TrainOptionContract.Type.BOOLEAN, help.type());
        assertEquals(List.of("crop", "resize"), SMALL.option("--tiling").orElseThrow().words());
        assertEquals(8.0, SMALL.option("--tile").orElseThrow().min());
        assertEquals(null, SMALL.option("--tile").orElseThrow().max());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--epochs 1 int                  | must be: names arity type label [values]",
        "--epochs one int <epochs>       | For input string",
        "--epochs 1 integer <epochs>     | INTEGER",
    })
    void aMalformedRowIsRefused(String row, String words) {
        Exception e = assertThrows(IllegalArgumentException.class, () -> TrainOptionContract.parse(row));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train --epochs 0           | parzen train: --epochs must be in 1..100, got 0",
        "train --epochs=101         | parzen train: --epochs must be in 1..100, got 101",
        "train --tile 4             | parzen train: --tile must be at least 8, got 4",
        "train --rate 0.6           | parzen train: --rate must be in 0..0.5, got 0.6",
        "train --tiling diagonal    | parzen train: --tiling must be crop or resize, got 'diagonal'",
        "train --epoch 3            | parzen train: Unknown options: '--epoch', '3' (Possible solutions: --epochs; see 'parzen train --help')",
        "train --epochs x           | parzen train: Invalid value for option '--epochs': 'x' is not an int (see 'parzen train --help')",
        "train --tile               | parzen train: Missing required parameter for option '--tile' (PX) (see 'parzen train --help')",
        "train --epochs 100 --tile 8 --tiling CROP --rate 0.5 --check | ",
        "train bench --steps 3      | ",
        "train -h                   | ",
    })
    void checkAnswersInTheTrainersWords(String args, String line) {
        assertEquals(Optional.ofNullable(line), SMALL.check(List.of(args.split(" "))));
    }

    @Test
    void theBuildsContractLoads() {
        TrainOptionContract contract = TrainOptionContract.load();
        assertTrue(contract.option("--epochs").isPresent());
        assertTrue(contract.option("--check-options").isPresent());
    }
}
