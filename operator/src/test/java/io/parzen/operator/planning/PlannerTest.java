package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {

    static StudyConfig config(int maxTrials, int parallelism, int maxFailed, String target, String goal, String earlyStopping) {
        ObjectNode t = Fixtures.tree("valid.yaml");
        Fixtures.with(t, "/spec/maxTrials", String.valueOf(maxTrials));
        Fixtures.with(t, "/spec/parallelism", String.valueOf(parallelism));
        Fixtures.with(t, "/spec/maxFailedTrials", String.valueOf(maxFailed));
        Fixtures.with(t, "/spec/objective/target", target == null ? "~" : target);
        Fixtures.with(t, "/spec/objective/goal", goal);
        Fixtures.with(t, "/spec/earlyStopping", earlyStopping == null ? "~" : earlyStopping);
        StudyValidator.Result r = StudyValidator.validate(Fixtures.study(t).getSpec());
        assertEquals(List.of(), r.problems());
        return r.config();
    }

    @ParameterizedTest(name = "[{index}] max={0} par={1} maxFailed={2} target={3} trials=''{4}''")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // max | par | maxFailed | target | trials                 | create      | finish            | done
        "  5   | 2   | 1         | -      | -                      | 0 1         | -                 | false",
        "  5   | 2   | 1         | -      | R P                    | -           | -                 | false",
        "  5   | 3   | 1         | -      | S R                    | 2 3         | -                 | false",
        "  5   | 4   | 1         | -      | S S S R                | 4           | -                 | false",
        "  5   | 2   | 1         | -      | S S S S R              | -           | MaxTrialsReached  | false",
        "  5   | 2   | 1         | -      | S S S F S              | -           | MaxTrialsReached  | true",
        "  5   | 2   | 1         | -      | S F F R                | -           | TooManyFailures   | false",
        "  5   | 2   | 1         | -      | S F F                  | -           | TooManyFailures   | true",
        "  5   | 2   | 2         | -      | S F F                  | 3 4         | -                 | false",
        "  5   | 2   | 1         | 0.2    | S:0.5 S:0.1 R          | -           | TargetReached     | false",
        "  5   | 2   | 1         | 0.2    | S:0.5 S:0.2            | -           | TargetReached     | true",
        "  5   | 2   | 1         | 0.2    | S:0.5 S:0.3            | 2 3         | -                 | false",
        // a raised maxTrials resumes a finished study
        "  7   | 2   | 1         | -      | S S S F S              | 5 6         | -                 | false",
        // a missing index (a Trial deleted by hand) is filled first
        "  5   | 3   | 1         | -      | S@0 R@2 S@4 S@3        | 1           | -                 | false",
        "  4   | 8   | 1         | -      | -                      | 0 1 2 3     | -                 | false",
        "  5   | 2   | 1         | -      | E E S E R              | -           | MaxTrialsReached  | false",
        // a completed Job frees its slot before its result is read, but the study is not done
        // until that result is in; with a target the result decides, so the slot stays held
        "  5   | 2   | 1         | -      | S C R                  | 3           | -                 | false",
        "  5   | 2   | 1         | -      | S S S S C              | -           | MaxTrialsReached  | false",
        "  5   | 2   | 1         | 0.2    | S:0.5 C R              | -           | -                 | false",
    })
    void decidesCreateAndFinish(int max, int par, int maxFailed, String target, String trials, String create,
            String finish, boolean done) {
        Plan plan = Planner.plan(config(max, par, maxFailed, target, "minimize", null), Trials.parse(trials));
        assertEquals(create == null ? List.of() : Arrays.stream(create.trim().split("\\s+")).map(Integer::valueOf).toList(),
                plan.create());
        assertEquals(finish, plan.finish().map(Finish::reason).orElse(null));
        assertEquals(done, plan.done());
    }

    @ParameterizedTest(name = "[{index}] {0} -> stop {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // trials                                                        | rule                                  | stop
        // 3 finished, median at epoch 2 = 0.5; s-3 best by epoch 2 = 0.6 > 0.5: stop
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9,0.6                          | {minTrials: 3, startEpoch: 2}          | s-3",
        // best by epoch 2 is 0.5 = median: not worse, keep
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.5,0.9                          | {minTrials: 3, startEpoch: 2}          | -",
        // too few finished
        "S:0.9,0.4 S:0.8,0.5 R:0.9,0.9                                    | {minTrials: 3, startEpoch: 2}          | -",
        // before startEpoch
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9                              | {minTrials: 3, startEpoch: 2}          | -",
        // epoch 1 compared against epoch-1 values (median 0.8); failed trials do not count as finished
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 F R:0.85 R:0.75                    | {minTrials: 3, startEpoch: 1}          | s-4",
        // early-stopped trials count; pending and already-stopping trials are left alone
        "S:0.9,0.4 E:0.8 S:0.7,0.6 X:0.95 P R:0.81                        | {minTrials: 3, startEpoch: 1}          | s-5",
        // no finished trial reached the running trial's epoch: no decision
        "S:0.9 S:0.8 S:0.7 R:0.9,0.9                                      | {minTrials: 3, startEpoch: 1}          | -",
        // even count: median of 0.4,0.5,0.6,0.7 is 0.55
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 S:0.7,0.7 R:0.9,0.56 R:0.9,0.54    | {minTrials: 4, startEpoch: 2}          | s-4",
        // the first row's s-3 with its trainer's planned epoch count (/n): at its last epoch it is
        // left alone (stopping it would save nothing and lose its result); before it, stopped as before
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9,0.6/2                        | {minTrials: 3, startEpoch: 2}          | -",
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9,0.6/3                        | {minTrials: 3, startEpoch: 2}          | s-3",
        // a count below the epoch reported (a trainer that ran past its plan) also means its last epoch
        "S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9,0.6/1                        | {minTrials: 3, startEpoch: 2}          | -",
    })
    void medianRuleStopsWorseThanMedian(String trials, String rule, String stop) {
        Plan plan = Planner.plan(config(20, 8, 5, null, "minimize", rule), Trials.parse(trials));
        assertEquals(stop == null ? List.of() : List.of(stop.split(" ")), List.copyOf(plan.stop().keySet()));
    }

    @org.junit.jupiter.api.Test
    void medianRuleStillStopsWhenTheBudgetIsSpent() {
        Plan plan = Planner.plan(config(4, 1, 5, null, "minimize", "{minTrials: 3, startEpoch: 2}"),
                Trials.parse("S:0.5,0.4 S:0.5,0.4 S:0.5,0.4 R:0.9,0.9"));
        assertEquals(List.of("s-3"), List.copyOf(plan.stop().keySet()));
        assertEquals(List.of(), plan.create());
    }

    @org.junit.jupiter.api.Test
    void medianReasonSaysWhichRuleStoppedTheTrialAndWhen() {
        Plan plan = Planner.plan(config(20, 8, 5, null, "minimize", "{minTrials: 3, startEpoch: 2}"),
                Trials.parse("S:0.9,0.4 S:0.8,0.5 S:0.7,0.6 R:0.9,0.6"));
        assertEquals("stopped by median at epoch 2: best valLoss 0.600000 up to epoch 2 is worse than the median 0.500000"
                + " of 3 finished trials at that epoch", plan.stop().get("s-3"));
    }

    /** ASHA, rungs at minEpochs * reductionFactor^k; a running trial is judged at the highest rung it reached. */
    @ParameterizedTest(name = "[{index}] {0} {1} -> stop {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // trials                                                       | rule (asha)                          | stop
        // rung 0 = epoch 1: of 2 trials the best 1 goes on (fewer than eta trials: only the best, as Optuna)
        "S:0.5 R:0.9                                                     | {minEpochs: 1, reductionFactor: 3}  | s-1",
        "S:0.5 R:0.4                                                     | {minEpochs: 1, reductionFactor: 3}  | -",
        // alone at its rung: it is the best
        "R:0.9                                                           | {minEpochs: 1, reductionFactor: 3}  | -",
        // between rung 0 and rung 1 (epoch 3): still judged at rung 0, on its value at epoch 1
        "S:0.5,0.5 R:0.9,0.9                                             | {minEpochs: 1, reductionFactor: 3}  | s-1",
        // at rung 1 it is judged there only: its poor epoch-1 value no longer counts
        "S:0.5,0.5,0.5 R:0.9,0.2,0.2                                     | {minEpochs: 1, reductionFactor: 3}  | -",
        // rung 1 = epoch 3: 4 trials there, the best 1 goes on; 0.65 is not it
        "S:0.5,0.5,0.5 S:0.6,0.6,0.6 S:0.7,0.7,0.7 R:0.4,0.4,0.65        | {minEpochs: 1, reductionFactor: 3}  | s-3",
        "S:0.5,0.5,0.5 S:0.6,0.6,0.6 S:0.7,0.7,0.7 R:0.9,0.9,0.45        | {minEpochs: 1, reductionFactor: 3}  | -",
        // 6 at rung 0: the best floor(6/3) = 2 go on; a tie with the 2nd goes on
        "S:0.1 S:0.2 S:0.3 S:0.4 S:0.5 R:0.2                             | {minEpochs: 1, reductionFactor: 3}  | -",
        "S:0.1 S:0.2 S:0.3 S:0.4 S:0.5 R:0.25                            | {minEpochs: 1, reductionFactor: 3}  | s-5",
        // every trial that reached the rung counts, early-stopped and failed ones too
        "E:0.1 R:0.3                                                     | {minEpochs: 1, reductionFactor: 3}  | s-1",
        "F:0.2 R:0.3                                                     | {minEpochs: 1, reductionFactor: 3}  | s-1",
        // pending and already-stopping trials are left alone (the stopping one still counts at the rung)
        "S:0.1 X:0.9 P R:0.05                                            | {minEpochs: 1, reductionFactor: 3}  | -",
        // minEpochs 2: nothing before epoch 2
        "S:0.1,0.1 R:0.9                                                 | {minEpochs: 2, reductionFactor: 3}  | -",
        "S:0.1,0.1 R:0.9,0.9                                             | {minEpochs: 2, reductionFactor: 3}  | s-1",
        // eta 2: rung 1 at epoch 2; s-3 is 2nd of 4 there (the best 2 go on), s-4 3rd of 5 (the best 2)
        "S:0.1,0.1 S:0.2,0.2 S:0.3,0.3 R:0.05,0.15 R:0.3,0.25            | {minEpochs: 1, reductionFactor: 2}  | s-4",
        // trials created after it (higher index) do not count: Optuna judges a trial against those at the rung before it
        "R:0.5 S:0.1                                                     | {minEpochs: 1, reductionFactor: 3}  | -",
        "R:0.5 R:0.1 R:0.7                                               | {minEpochs: 1, reductionFactor: 3}  | s-2",
        // defaults: minEpochs 1, reductionFactor 3
        "S:0.5 R:0.9                                                     | {rule: asha}                         | s-1",
        // with its trainer's planned epoch count (/n): a trial at its last epoch is left alone, at any rung;
        // before it, judged as before
        "S:0.5 R:0.9/1                                                   | {minEpochs: 1, reductionFactor: 3}  | -",
        "S:0.5 R:0.9/4                                                   | {minEpochs: 1, reductionFactor: 3}  | s-1",
        "S:0.5,0.5,0.5 S:0.6,0.6,0.6 S:0.7,0.7,0.7 R:0.4,0.4,0.65/3      | {minEpochs: 1, reductionFactor: 3}  | -",
        "S:0.5,0.5,0.5 S:0.6,0.6,0.6 S:0.7,0.7,0.7 R:0.4,0.4,0.65/9      | {minEpochs: 1, reductionFactor: 3}  | s-3",
        // left alone, it still counts at the rung: 7 there keep 2 (0.1 and 0.3), so 0.35 is stopped; without it, 6 keep 0.3 and 0.35
        "S:0.3 S:0.4 S:0.5 S:0.6 S:0.7 R:0.1/1 R:0.35                    | {minEpochs: 1, reductionFactor: 3}  | s-6",
        "S:0.3 S:0.4 S:0.5 S:0.6 S:0.7 R:0.35@6                          | {minEpochs: 1, reductionFactor: 3}  | -",
    })
    void ashaKeepsTheBestOfEachRung(String trials, String rule, String stop) {
        String spec = rule.startsWith("{rule") ? rule : "{rule: asha, " + rule.substring(1);
        Plan plan = Planner.plan(config(20, 8, 5, null, "minimize", spec), Trials.parse(trials));
        assertEquals(stop == null ? List.of() : List.of(stop.split(" ")), List.copyOf(plan.stop().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // at rung 0, 3 trials, the best 1 goes on: the largest when maximizing, the smallest when minimizing
        "maximize | S:0.5 R:0.9 R:0.3 | s-2",
        "minimize | S:0.5 R:0.9 R:0.3 | s-1",
    })
    void ashaFollowsTheGoal(String goal, String trials, String stop) {
        Plan plan = Planner.plan(config(20, 8, 5, null, goal, "{rule: asha}"), Trials.parse(trials));
        assertEquals(List.of(stop), List.copyOf(plan.stop().keySet()));
    }

    @org.junit.jupiter.api.Test
    void ashaReasonSaysTheRungTheEpochAndTheRank() {
        Plan plan = Planner.plan(config(20, 8, 5, null, "minimize", "{rule: asha, reductionFactor: 3}"),
                Trials.parse("S:0.5,0.5,0.5 S:0.6,0.6,0.6 S:0.7,0.7,0.7 R:0.4,0.4,0.65"));
        assertEquals("stopped by asha at rung 1 (epoch 3): valLoss 0.650000 ranks 3 of the 4 trials at that rung"
                + " (itself and those created before it); the best 1 (1/3) go on", plan.stop().get("s-3"));
        plan = Planner.plan(config(20, 8, 5, null, "minimize", "{rule: asha}"), Trials.parse("S:0.5,0.5 R:0.9,0.9"));
        assertEquals("stopped by asha at rung 0 (epoch 1), at epoch 2: valLoss 0.900000 ranks 2 of the 2 trials at that rung"
                + " (itself and those created before it); the best 1 (1/3) go on", plan.stop().get("s-1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "minimize | S:0.3 S:0.1 S:0.2 F E:0.01 | s-1",
        "maximize | S:0.3 S:0.1 S:0.2 F E:0.9  | s-0",
        "maximize | S:0.3 S:0.3 R:0.9          | s-0",
    })
    void bestIsTheBestSucceededTrial(String goal, String trials, String best) {
        Plan plan = Planner.plan(config(10, 1, 5, null, goal, null), Trials.parse(trials));
        assertEquals(best, plan.best().orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // maximizing: s-3 best up to epoch 2 is 0.5 < median 0.6 (worse); s-4 0.7 is better
        "S:0.1,0.7 S:0.1,0.6 S:0.1,0.5 R:0.2,0.5 R:0.1,0.7 | s-3",
    })
    void medianRuleFollowsTheGoal(String trials, String stop) {
        Plan plan = Planner.plan(config(20, 8, 5, null, "maximize", "{minTrials: 3, startEpoch: 2}"), Trials.parse(trials));
        assertEquals(List.of(stop), List.copyOf(plan.stop().keySet()));
        assertEquals(Map.of(), Planner.plan(config(20, 8, 5, null, "maximize", null), Trials.parse(trials)).stop());
    }
}
