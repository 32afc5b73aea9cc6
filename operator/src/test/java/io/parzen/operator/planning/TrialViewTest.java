package io.parzen.operator.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parzen.operator.api.TrialPhase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialViewTest {
    @Test
    void parametersKeepTheirOrderAndCannotBeChanged() {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> order = List.of("z", "filtersPerClass", "lr", "a", "depth", "m", "batch", "b", "q", "dropout", "k", "y");
        order.forEach(name -> params.put(name, "1"));
        TrialView view = TrialView.of("s-0001", 1, TrialPhase.Running, params);
        assertEquals(order, new ArrayList<>(view.parameters().keySet()),
                "the best-trial line and the tables list them in the space's order, run after run");
        params.put("late", "2");
        assertEquals(12, view.parameters().size(), "a copy");
        assertThrows(UnsupportedOperationException.class, () -> view.parameters().put("x", "1"));
    }
}
