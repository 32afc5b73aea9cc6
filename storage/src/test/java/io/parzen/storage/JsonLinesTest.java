package io.parzen.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesTest {
    static final String L1 = "{\"epoch\":1,\"trainLoss\":0.5,\"valLoss\":0.75}";
    static final String L2 = "{\"epoch\":2,\"trainLoss\":0.25,\"valLoss\":0.5}";

    static List<MetricsLine> decode(String text) throws IOException {
        return JsonLines.decode(text.getBytes(StandardCharsets.UTF_8), MetricsLine.class, "m.jsonl");
    }

    @Test
    void encodesOneLinePerValueEachEndingInNewline() {
        byte[] bytes = JsonLines.encode(List.of(MetricsLine.of(1, 0.5, 0.75), MetricsLine.of(2, 0.25, 0.5)));
        assertEquals(L1 + "\n" + L2 + "\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "[{index}] {1} lines")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                              | 0
            L1\\n                                            | 1
            L1\\nL2\\n                                        | 2
            L1\\nL2                                          | 2
            L1\\n\\nL2\\n\\n                                    | 2
            L1\\r\\nL2\\r\\n                                    | 2
            L1\\n{"epoch":2,"trainLo                         | 1
            L1\\nL2\\n{                                       | 2
            """)
    void decodesCompleteLinesAndDropsACutOffLastOne(String template, int expected) throws IOException {
        String text = template.replace("L1", L1).replace("L2", L2).replace("\\n", "\n").replace("\\r", "\r");
        List<MetricsLine> lines = decode(text);
        assertEquals(expected, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).epoch());
        }
    }

    @Test
    void aBadLineInTheMiddleIsCorruptionWithItsLineNumber() {
        IOException e = assertThrows(IOException.class, () -> decode(L1 + "\n{oops\n" + L2 + "\n"));
        assertTrue(e.getMessage().startsWith("bad line 2 in m.jsonl: "), e.getMessage());
    }

    @Test
    void aBadLastLineEndingInNewlineIsCorruptionToo() {
        // A newline after it means the writer finished the line: not a partial write.
        IOException e = assertThrows(IOException.class, () -> decode(L1 + "\n{\"epoch\":\n"));
        assertTrue(e.getMessage().startsWith("bad line 2 in m.jsonl"), e.getMessage());
    }
}
