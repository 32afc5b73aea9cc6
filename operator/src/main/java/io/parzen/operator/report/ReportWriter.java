package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.StudyReader;
import io.parzen.storage.ObjectLayout;
import io.parzen.storage.ObjectStore;
import io.parzen.storage.StudyPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a study, draws its report and writes it twice: into the store under
 * {@code studies/<study>/report/} and into a local folder ({@code parzen report}), or into the
 * store only (the operator, when a Study finishes). Chart files go first and
 * {@code index.html} last, so a reader never finds a page whose images are missing; report files
 * of an earlier run that this run no longer writes are removed from the store.
 */
public final class ReportWriter {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String PNG = "image/png";

    private final ObjectStore store;

    /** Reads from and writes to {@code store}. */
    public ReportWriter(ObjectStore store) {
        this.store = store;
    }

    /**
     * Where a report went.
     *
     * @param plan what it holds
     * @param indexKey the key of index.html in the store
     * @param localIndex the local copy of index.html; null when only the store got one
     * @param files every file name written, index.html last
     */
    public record Written(ReportPlan plan, String indexKey, Path localIndex, List<String> files) {}

    /** Writes the report of {@code study} with {@code options}; {@code localDir} is created if missing. */
    public Written write(String study, ReportOptions options, Path localDir, Instant now) throws IOException {
        return write(study, options, Optional.of(localDir), now);
    }

    /** Writes the report of {@code study} into the store only (the operator's copy); {@code localIndex} is null. */
    public Written writeToStore(String study, ReportOptions options, Instant now) throws IOException {
        return write(study, options, Optional.empty(), now);
    }

    private Written write(String study, ReportOptions options, Optional<Path> localDir, Instant now) throws IOException {
        StudyModel model = new StudyReader(store).read(study, true);
        if (model.trials().isEmpty()) {
            throw new IllegalArgumentException("study '" + study + "' has no trials in " + store.describe());
        }
        ReportPlan plan = ReportPlanner.plan(model, options);
        Map<String, byte[]> charts = new ChartRenderer(store::get).render(plan);
        String html = ReportPage.html(plan, store.describe(), now);
        StudyPaths paths = ObjectLayout.study(study);
        if (localDir.isPresent()) {
            Files.createDirectories(localDir.get());
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : charts.entrySet()) {
            store.put(paths.reportFile(file.getKey()), file.getValue(), PNG);
            if (localDir.isPresent()) {
                Files.write(localDir.get().resolve(file.getKey()), file.getValue());
            }
            written.add(file.getKey());
        }
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        store.put(paths.reportIndex(), page, HTML);
        Path localIndex = localDir.map(d -> d.resolve("index.html")).orElse(null);
        if (localIndex != null) {
            Files.write(localIndex, page);
        }
        written.add("index.html");
        for (String key : store.list(paths.reportPrefix())) {
            String name = key.substring(paths.reportPrefix().length());
            if (!written.contains(name) && name.endsWith(".png") && name.indexOf('/') < 0) {
                store.delete(key);
            }
        }
        return new Written(plan, paths.reportIndex(), localIndex, List.copyOf(written));
    }
}
