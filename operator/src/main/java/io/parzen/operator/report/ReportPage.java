package io.parzen.operator.report;

import io.parzen.operator.store.StudyModel;
import io.parzen.operator.store.TrialPhase;
import io.parzen.operator.store.TrialRecord;
import io.parzen.operator.report.ReportPlan.Chart;
import io.parzen.operator.report.ReportPlan.LayerChart;
import io.parzen.operator.report.ReportPlan.MaskRow;
import io.parzen.operator.report.ReportPlan.ParamChart;
import io.parzen.operator.report.ReportPlan.WeightPanel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The report's {@code index.html}: one self-contained page (inline CSS, no scripts, no network)
 * that links only the PNG files beside it, by file name.
 */
public final class ReportPage {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif;margin:0 auto;
            max-width:1320px;padding:16px 24px;color:#1f2328;background:#fff}
            h1{font-size:26px;margin:8px 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{font-size:16px;margin:18px 0 6px}p.note{color:#57606a;margin:4px 0 10px}
            nav a{margin-right:14px}dl.summary{display:grid;grid-template-columns:max-content auto;gap:4px 16px}
            dl.summary dt{font-weight:600}dl.summary dd{margin:0}
            .grid{display:flex;flex-wrap:wrap;gap:12px}.grid img{border:1px solid #eaeef2}
            img.wide{width:100%;height:auto;border:1px solid #eaeef2}
            .masks .labels{display:grid;grid-template-columns:repeat(4,1fr);font-weight:600;font-size:13px;max-width:880px}
            .masks img{width:100%;max-width:880px;image-rendering:pixelated;margin-bottom:10px}
            table.trials{border-collapse:collapse;font-size:12px;font-variant-numeric:tabular-nums}
            table.trials th,table.trials td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;white-space:nowrap}
            table.trials td.message{white-space:normal;min-width:120px}
            table.trials th{background:#f6f8fa;white-space:normal;vertical-align:bottom}.scroll{overflow-x:auto}tr.best td{background:#fff1e5}tr.baseline td{background:#eef6ff}
            table.trials td.num{text-align:right}.phase-EarlyStopped{color:#9a6700}.phase-Failed,.phase-Unknown{color:#cf222e}
            ul.problems li{color:#cf222e}
            """;

    private ReportPage() {}

    /** The page of {@code plan}; {@code store} and {@code generated} are shown in the header. */
    public static String html(ReportPlan plan, String store, Instant generated) {
        StudyModel study = plan.study();
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>parzen report: ").append(esc(study.study())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>Study ").append(esc(study.study())).append("</h1>\n")
                .append("<p class=\"note\">").append(esc(store)).append(" &middot; generated ")
                .append(esc(generated.truncatedTo(ChronoUnit.SECONDS).toString())).append("</p>\n")
                .append("<nav><a href=\"#objective\">objective</a><a href=\"#history\">history</a>")
                .append("<a href=\"#learning-curves\">learning curves</a><a href=\"#weights\">weights</a>")
                .append("<a href=\"#masks\">masks</a><a href=\"#trials\">trials</a></nav>\n");
        summary(out, plan);
        section(out, "objective", "Objective vs parameters");
        if (plan.objectiveCharts().isEmpty()) {
            none(out, "No trial has succeeded or been stopped early after an epoch yet.");
        } else {
            out.append("<div class=\"grid\">\n");
            for (ParamChart c : plan.objectiveCharts()) {
                img(out, c.chart(), null);
            }
            out.append("</div>\n");
        }
        section(out, "history", "Optimization history");
        plan.history().ifPresentOrElse(c -> img(out, c, "wide"), () -> none(out, "No trial has succeeded yet."));
        section(out, "learning-curves", "Learning curves");
        plan.learningCurves().ifPresentOrElse(c -> img(out, c, "wide"), () -> none(out, "No trial reported an epoch yet."));
        weights(out, plan);
        masks(out, plan);
        trials(out, plan);
        problems(out, study);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void summary(StringBuilder out, ReportPlan plan) {
        StudyModel study = plan.study();
        out.append("<dl class=\"summary\">\n");
        dt(out, "trials", study.trials().size() + " (" + phases(study) + ")");
        dt(out, "objective", study.objectiveMetric() + ", " + plan.options().goal());
        plan.best().ifPresentOrElse(
                b -> dt(out, "best trial", b.name() + ": " + Formats.number(b.objective()) + " with "
                        + Formats.params(b.params())),
                () -> dt(out, "best trial", "none yet"));
        dt(out, "baseline-like trial", plan.baseline()
                .map(c -> c.trial().name() + " (" + c.reason() + ")").orElse("none")
                + "; rule: " + plan.options().baseline().describe());
        out.append("</dl>\n");
    }

    private static String phases(StudyModel study) {
        StringBuilder text = new StringBuilder();
        for (TrialPhase phase : TrialPhase.values()) {
            long n = study.count(phase);
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(phase.display());
            }
        }
        return text.toString();
    }

    private static void weights(StringBuilder out, ReportPlan plan) {
        section(out, "weights", "Weight distributions");
        if (plan.weights().isEmpty()) {
            none(out, "No weight histograms for the best or the baseline-like trial.");
            return;
        }
        out.append("<p class=\"note\">Histograms of each layer's ").append(esc(plan.options().weightParam()))
                .append(" by epoch (oldest at the back), then their shape statistics.</p>\n");
        for (WeightPanel panel : plan.weights()) {
            out.append("<h3>").append(esc(panel.role())).append(": ").append(esc(panel.trial().name()))
                    .append(" <small>").append(esc(Formats.params(panel.trial().params()))).append("</small></h3>\n");
            out.append("<div class=\"grid\">\n");
            for (LayerChart layer : panel.layers()) {
                img(out, layer.chart(), null);
            }
            out.append("</div>\n");
            panel.stats().ifPresent(c -> img(out, c, "wide"));
        }
    }

    private static void masks(StringBuilder out, ReportPlan plan) {
        section(out, "masks", "Masks");
        if (plan.masks().isEmpty()) {
            none(out, "No mask images for the best trial.");
            return;
        }
        TrialRecord best = plan.best().orElseThrow();
        String baseline = plan.baseline().map(c -> c.trial().name()).orElse("none");
        out.append("<p class=\"note\">Epoch ").append(best.maskEpoch().orElse(0)).append(" of ").append(esc(best.name()))
                .append("; grey: no image. Colours: background dark grey, building amber, border cyan.</p>\n")
                .append("<div class=\"masks\">\n");
        for (MaskRow row : plan.masks()) {
            out.append("<h3>").append(esc(row.tile())).append("</h3>\n<div class=\"labels\"><span>image</span><span>truth</span>")
                    .append("<span>best (").append(esc(best.name())).append(")</span><span>baseline-like (")
                    .append(esc(baseline)).append(")</span></div>\n");
            img(out, row.chart(), null);
        }
        out.append("</div>\n");
    }

    private static void trials(StringBuilder out, ReportPlan plan) {
        StudyModel study = plan.study();
        section(out, "trials", "Trials");
        List<String> params = study.parameterNames();
        out.append("<div class=\"scroll\"><table class=\"trials\">\n<thead><tr><th>trial</th><th>phase</th>");
        params.forEach(p -> out.append("<th>").append(esc(p)).append("</th>"));
        out.append("<th>").append(esc(study.objectiveMetric())).append("</th>");
        for (BuildingF1 f1 : BuildingF1.values()) {
            out.append("<th>").append(esc(f1.label)).append("</th>");
        }
        out.append("<th>best epoch</th><th>epochs</th><th>seconds</th>");
        plan.metricColumns().forEach(k -> out.append("<th>").append(esc(k)).append("</th>"));
        out.append("<th>message</th></tr></thead>\n<tbody>\n");
        String best = plan.best().map(TrialRecord::name).orElse("");
        String baseline = plan.baseline().map(c -> c.trial().name()).orElse("");
        for (TrialRecord t : study.trials()) {
            String cls = t.name().equals(best) ? " class=\"best\"" : t.name().equals(baseline) ? " class=\"baseline\"" : "";
            out.append("<tr").append(cls).append("><td>").append(esc(t.name())).append("</td><td class=\"phase-")
                    .append(t.phase().display()).append("\">").append(t.phase().display()).append("</td>");
            params.forEach(p -> td(out, t.params().containsKey(p) ? Formats.paramValue(t.params().get(p)) : Formats.NONE, false));
            td(out, Formats.number(t.objective()), true);
            for (BuildingF1 f1 : BuildingF1.values()) {
                td(out, f1.cell(t), true);
            }
            Integer bestEpoch = t.result() == null ? null : t.result().bestEpoch();
            td(out, bestEpoch == null ? Formats.NONE : bestEpoch.toString(), true);
            OptionalInt epochs = t.lastEpoch();
            td(out, epochs.isPresent() ? Integer.toString(epochs.getAsInt()) : Formats.NONE, true);
            OptionalDouble seconds = t.seconds();
            td(out, seconds.isPresent() ? Formats.number(seconds.getAsDouble(), 3) : Formats.NONE, true);
            for (String key : plan.metricColumns()) {
                td(out, Formats.number(t.reportMetric(key)), true);
            }
            out.append("<td class=\"message\">").append(esc(t.message().orElse(""))).append("</td>");
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n<p class=\"note\">pixel F1: the building class's pixel F1 (")
                .append(BuildingF1.PIXEL.key).append("); object F1: SpaceNet's building-level F1 (")
                .append(BuildingF1.OBJECT.key).append("). They and the metric columns quote the metrics line of the "
                + "epoch whose objective was reported (the last line for a trial without a result; - when missing).</p>\n");
    }

    private static void problems(StringBuilder out, StudyModel study) {
        List<TrialRecord> broken = study.trials().stream().filter(t -> !t.problems().isEmpty()).toList();
        if (broken.isEmpty()) {
            return;
        }
        section(out, "problems", "Unreadable files");
        out.append("<ul class=\"problems\">\n");
        for (TrialRecord t : broken) {
            t.problems().forEach(p -> out.append("<li>").append(esc(t.name())).append(": ").append(esc(p)).append("</li>\n"));
        }
        out.append("</ul>\n");
    }

    private static void section(StringBuilder out, String id, String title) {
        out.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    private static void none(StringBuilder out, String text) {
        out.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    }

    private static void dt(StringBuilder out, String term, String text) {
        out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(text)).append("</dd>\n");
    }

    private static void td(StringBuilder out, String text, boolean numeric) {
        out.append(numeric ? "<td class=\"num\">" : "<td>").append(esc(text)).append("</td>");
    }

    private static void img(StringBuilder out, Chart chart, String cls) {
        out.append("<img src=\"").append(esc(chart.file())).append("\" alt=\"").append(esc(chart.title())).append('"');
        if (chart.width() > 0) {
            out.append(" width=\"").append(chart.width()).append("\" height=\"").append(chart.height()).append('"');
        }
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append(">\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
