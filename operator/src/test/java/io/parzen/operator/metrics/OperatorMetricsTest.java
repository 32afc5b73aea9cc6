package io.parzen.operator.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parzen.operator.api.TrialPhase;
import io.parzen.operator.planning.PhaseCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorMetricsTest {

    @Test
    void scrapeHasReconcilesSuggestionHistogramAndTrialsByPhase() {
        OperatorMetrics m = new OperatorMetrics();
        m.reconciled("study", "success");
        m.reconciled("study", "success");
        m.reconciled("trial", "error");
        m.suggestion(0.003);
        m.suggestion(0.2);
        m.trials("ns/a", new PhaseCounts(Map.of(TrialPhase.Running, 2, TrialPhase.Succeeded, 5)));
        m.trials("ns/b", new PhaseCounts(Map.of(TrialPhase.Running, 1)));
        String text = m.scrape();
        assertTrue(text.contains("parzen_reconciles_total{controller=\"study\",outcome=\"success\"} 2\n"), text);
        assertTrue(text.contains("parzen_reconciles_total{controller=\"trial\",outcome=\"error\"} 1\n"));
        assertTrue(text.contains("parzen_suggestion_seconds_bucket{le=\"0.005\"} 1\n"));
        assertTrue(text.contains("parzen_suggestion_seconds_bucket{le=\"0.25\"} 2\n"));
        assertTrue(text.contains("parzen_suggestion_seconds_bucket{le=\"+Inf\"} 2\n"));
        assertTrue(text.contains("parzen_suggestion_seconds_count 2\n"));
        assertTrue(text.contains("parzen_trials{phase=\"Running\"} 3\n"));
        assertTrue(text.contains("parzen_trials{phase=\"Succeeded\"} 5\n"));
        m.trials("ns/a", null);
        assertTrue(m.scrape().contains("parzen_trials{phase=\"Running\"} 1\n"));
    }

    @Test
    void replacementHistogramAndShareWithinABound() {
        OperatorMetrics m = new OperatorMetrics();
        assertEquals(0, m.replacements());
        m.replacement(0.004);
        m.replacement(0.03);
        m.replacement(0.07);
        m.replacement(0.3);
        String text = m.scrape();
        assertTrue(text.contains("parzen_replacement_seconds_bucket{le=\"0.005\"} 1\n"), text);
        assertTrue(text.contains("parzen_replacement_seconds_bucket{le=\"0.05\"} 2\n"));
        assertTrue(text.contains("parzen_replacement_seconds_bucket{le=\"+Inf\"} 4\n"));
        assertTrue(text.contains("parzen_replacement_seconds_count 4\n"));
        assertTrue(text.contains("parzen_replacement_seconds_sum 0.404"), text);
        assertEquals(2, m.replacementsWithin(0.05));
        assertEquals(3, m.replacementsWithin(0.1));
        assertEquals(4, m.replacements());
    }

    @Test
    void endpointsServeHealthReadinessAndMetrics() throws Exception {
        boolean[] ready = {false};
        try (HttpEndpoints http = HttpEndpoints.start(0, () -> ready[0], () -> "parzen_x 1\n")) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + http.port();
            assertEquals(200, get(client, base + "/healthz").statusCode());
            assertEquals(503, get(client, base + "/readyz").statusCode());
            ready[0] = true;
            assertEquals(200, get(client, base + "/readyz").statusCode());
            HttpResponse<String> metrics = get(client, base + "/metrics");
            assertEquals("parzen_x 1\n", metrics.body());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
