package io.parzen.operator.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a study's name, and the names derived from it (trials and their Jobs, {@code <study>-0007},
 * also used as label values), as Kubernetes names (pure): lower-case letters, digits and '-',
 * starting and ending with a letter or digit, at most 63 characters.
 */
public final class StudyNames {
    /** The longest label value, and so the longest trial (Job) name. */
    public static final int MAX_LENGTH = 63;
    private static final Pattern LABEL_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private StudyNames() {}

    /** The problems of {@code name} for a study of {@code maxTrials} trials; empty when it is valid. */
    public static List<String> problems(String name, int maxTrials) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("metadata.name is missing; give the study a name such as quickstart");
            return problems;
        }
        if (!LABEL_NAME.matcher(name).matches()) {
            problems.add("metadata.name = '" + name + "' is not a valid Kubernetes name: use lower-case letters, digits and '-',"
                    + " starting and ending with a letter or digit (e.g. " + suggestion(name) + ")");
        }
        String lastTrial = TrialNames.trial(name, Math.max(0, maxTrials - 1));
        if (lastTrial.length() > MAX_LENGTH) {
            problems.add("metadata.name = '" + name + "' is too long: its trial names, such as " + lastTrial + " ("
                    + lastTrial.length() + " characters), must fit in " + MAX_LENGTH + "; shorten the name to at most "
                    + (name.length() - (lastTrial.length() - MAX_LENGTH)) + " characters");
        }
        return problems;
    }

    private static String suggestion(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-study" : s;
    }
}
