package io.parzen.operator.store;

import io.parzen.operator.planning.ResultRule;
import io.parzen.storage.HistogramLine;
import io.parzen.storage.Json;
import io.parzen.storage.MetricsLine;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectNotFoundException;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.StudyPaths;
import io.parzen.storage.TrialOutput;
import io.parzen.storage.TrialPaths;
import io.parzen.storage.TrialResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads studies from an {@link ObjectStore} into {@link StudyModel}s. One listing of the study's
 * trial folder, then each trial's files; a file that cannot be read (bad JSON, a truncated line in
 * the middle) becomes a problem message on its trial instead of failing the whole study. Errors of
 * the store itself (unreachable, access denied) do propagate.
 */
public final class StudyReader {
    private final ObjectStore store;

    /** Reads from {@code store}, which is rooted at the bucket (or folder) holding {@code studies/}. */
    public StudyReader(ObjectStore store) {
        this.store = store;
    }

    /** The names of the studies in the store, sorted. */
    public List<String> studies() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String key : store.list(ObjectLayout.STUDIES)) {
            String rest = key.substring(ObjectLayout.STUDIES.length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                names.add(rest.substring(0, slash));
            }
        }
        return List.copyOf(names);
    }

    /**
     * Reads a study; {@code withHistograms} false skips the largest file of each trial (tables
     * need no histograms).
     */
    public StudyModel read(String study, boolean withHistograms) throws IOException {
        StudyPaths paths = ObjectLayout.study(study);
        Map<String, List<String>> keysByTrial = new LinkedHashMap<>();
        String prefix = paths.trialsPrefix();
        for (String key : store.list(prefix)) {
            String rest = key.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                keysByTrial.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>()).add(key);
            }
        }
        List<TrialRecord> trials = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : keysByTrial.entrySet()) {
            trials.add(readTrial(paths.trial(entry.getKey()), entry.getKey(), new TreeSet<>(entry.getValue()),
                    withHistograms));
        }
        return new StudyModel(study, trials);
    }

    private TrialRecord readTrial(TrialPaths paths, String name, TreeSet<String> keys, boolean withHistograms)
            throws IOException {
        TrialOutput output = new TrialOutput(store, paths);
        List<String> problems = new ArrayList<>();
        // The study's own parameters (trial.json, written by the local runner) say more than the
        // trainer's full option list in params.json; the latter is the fallback.
        Map<String, String> params = keys.contains(paths.spec())
                ? attempt(problems, TrialPaths.SPEC, true, () -> studyParameters(paths), Map.of())
                : attempt(problems, TrialPaths.PARAMS, keys.contains(paths.params()), output::params, Map.of());
        List<MetricsLine> metrics = attempt(problems, TrialPaths.METRICS, keys.contains(paths.metrics()),
                output::metrics, List.of());
        List<HistogramLine> histograms = attempt(problems, TrialPaths.HISTOGRAMS,
                withHistograms && keys.contains(paths.histograms()), output::histograms, List.of());
        boolean hasResult = keys.contains(paths.result());
        TrialResult result = attempt(problems, TrialPaths.RESULT, hasResult,
                () -> output.result().orElse(null), null);
        boolean hasStatus = keys.contains(paths.status());
        TrialStatus status = attempt(problems, TrialPaths.STATUS, hasStatus,
                () -> TrialStatusFile.read(store, paths), null);
        TrialPhase phase = phase(result, hasResult, status, hasStatus);
        return new TrialRecord(name, params, phase, result, status, metrics, histograms,
                masks(paths, keys, metrics, result), problems);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> studyParameters(TrialPaths paths) throws IOException {
        Map<String, Object> spec = Json.read(store.get(paths.spec()), Map.class, paths.spec() + " in " + store.describe());
        Object parameters = spec.get("parameters");
        if (!(parameters instanceof Map<?, ?> map)) {
            throw new IOException(paths.spec() + " has no parameters object");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private static TrialPhase phase(TrialResult result, boolean hasResult, TrialStatus status, boolean hasStatus) {
        if (result != null) {
            return ResultRule.succeeded(result) ? TrialPhase.SUCCEEDED : TrialPhase.FAILED;
        }
        if (hasResult) {
            return TrialPhase.UNKNOWN; // a result is there but unreadable
        }
        if (status != null) {
            return status.phase();
        }
        return hasStatus ? TrialPhase.UNKNOWN : TrialPhase.RUNNING;
    }

    private static SortedMap<Integer, List<String>> masks(TrialPaths paths, TreeSet<String> keys,
            List<MetricsLine> metrics, TrialResult result) {
        int last = metrics.stream().mapToInt(MetricsLine::epoch).max().orElse(0);
        if (result != null) {
            last = Math.max(last, result.epochs());
        }
        SortedMap<Integer, List<String>> masks = new TreeMap<>();
        for (int epoch = 0; epoch <= last; epoch++) {
            String prefix = paths.masksPrefix(epoch);
            List<String> found = new ArrayList<>();
            for (String key : keys.tailSet(prefix)) {
                if (!key.startsWith(prefix)) {
                    break;
                }
                if (key.endsWith(".png") && key.indexOf('/', prefix.length()) < 0) {
                    found.add(key);
                }
            }
            if (!found.isEmpty()) {
                masks.put(epoch, found);
            }
        }
        return masks;
    }

    private <T> T attempt(List<String> problems, String file, boolean present, Read<T> read, T absent)
            throws IOException {
        if (!present) {
            return absent;
        }
        try {
            return read.get();
        } catch (ObjectNotFoundException e) {
            return absent; // deleted between listing and reading
        } catch (IOException e) {
            if (e.getCause() == null || !isFormatError(e)) {
                throw e;
            }
            problems.add(file + ": " + e.getMessage());
            return absent;
        } catch (RuntimeException e) {
            problems.add(file + ": " + e.getMessage());
            return absent;
        }
    }

    private static boolean isFormatError(IOException e) {
        return e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException
                || e.getCause() instanceof IllegalArgumentException;
    }

    /** One read that may fail. */
    @FunctionalInterface
    private interface Read<T> {
        T get() throws IOException;
    }
}
