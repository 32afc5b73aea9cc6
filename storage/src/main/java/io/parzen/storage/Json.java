package io.parzen.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON configuration of the trainer output formats: camelCase fields in declaration order,
 * absent optional fields left out, unknown fields ignored so that an older reader accepts a newer
 * writer's output.
 */
public final class Json {
    /** Shared, thread-safe mapper. Do not reconfigure. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {}

    /** One compact JSON document, no trailing newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only our own records are written; failing here is a programming error.
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #write} as UTF-8 bytes. */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses one JSON document; the message names {@code where} (a store and key) on failure. */
    public static <T> T read(byte[] json, Class<T> type, String where) throws IOException {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IOException("bad JSON in " + where + ": " + e.getOriginalMessage(), e);
        }
    }
}
