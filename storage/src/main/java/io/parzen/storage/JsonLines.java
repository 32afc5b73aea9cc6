package io.parzen.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one compact JSON object per line, each line ending in '\n'.
 *
 * <p>Reading tolerates a cut-off last line (a writer stopped mid-write on a store that appends),
 * but not a bad line in the middle: that is corruption and is reported with its line number.
 */
public final class JsonLines {
    private JsonLines() {}

    /** Encodes the values, one line each. */
    public static byte[] encode(List<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            out.append(Json.write(value)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes every complete line. Blank lines are skipped. The last line may be cut off: when it
     * has no final newline and does not parse, it is dropped.
     *
     * @param where the store and key, for the message of a bad line
     */
    public static <T> List<T> decode(byte[] data, Class<T> type, String where) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        List<T> values = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean last = i == lines.length - 1; // no newline after it: possibly a partial write
            try {
                values.add(Json.MAPPER.readValue(line, type));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                if (last) {
                    break;
                }
                throw new IOException("bad line " + (i + 1) + " in " + where + ": " + message(e), e);
            }
        }
        return values;
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
