package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quickstart | 10",
        "seg-2     | 9999",
        "a         | 1",
        // 58 characters: <name>-0009 is 63
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 10",
    })
    void validNames(String name, int maxTrials) {
        assertEquals(List.of(), StudyNames.problems(name, maxTrials));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bad_Name | metadata.name = 'Bad_Name' is not a valid Kubernetes name: use lower-case letters, digits and '-', "
                + "starting and ending with a letter or digit (e.g. bad-name)",
        "-x       | metadata.name = '-x' is not a valid Kubernetes name: use lower-case letters, digits and '-', "
                + "starting and ending with a letter or digit (e.g. x)",
        "a.b      | metadata.name = 'a.b' is not a valid Kubernetes name: use lower-case letters, digits and '-', "
                + "starting and ending with a letter or digit (e.g. a-b)",
        "''       | metadata.name is missing; give the study a name such as quickstart",
    })
    void invalidNamesSayWhatIsAllowed(String name, String problem) {
        assertEquals(List.of(problem), StudyNames.problems(name, 10));
    }

    @org.junit.jupiter.api.Test
    void aNameWhoseTrialsWouldNotFitIsTooLong() {
        String name = "a".repeat(59);
        assertEquals(List.of("metadata.name = '" + name + "' is too long: its trial names, such as " + name + "-0009 (64 "
                + "characters), must fit in 63; shorten the name to at most 58 characters"), StudyNames.problems(name, 10));
        assertEquals(1, StudyNames.problems("a".repeat(58), 10_001).size(), "five-digit trial numbers count");
    }
}
