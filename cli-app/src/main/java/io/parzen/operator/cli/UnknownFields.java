package io.parzen.operator.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parzen.operator.api.Study;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fields of a Study manifest that the Study does not have (a misspelt {@code paralelism} would
 * otherwise be dropped without a word, as a cluster's schema prunes it), each with its path and the
 * closest known field. Fields inside Kubernetes' own types that keep extra properties (metadata, env,
 * resources) are not checked.
 */
final class UnknownFields {
    private UnknownFields() {}

    /** One line per unknown field, e.g. {@code spec.paralelism is not a Study field (did you mean parallelism?)}. */
    static List<String> in(String manifest) {
        List<String> problems = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).setAnnotationIntrospector(new StrictIntrospector())
                .addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                    Object bean, String name) throws IOException {
                List<String> known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
                problems.add(path(p.getParsingContext()) + " is not a Study field" + ClosestName.to(name, known)
                        .map(c -> " (did you mean " + c + "?)").orElse("; known here: " + String.join(", ", known)));
                p.skipChildren();
                return true;
            }
        });
        try {
            mapper.readValue(manifest, Study.class);
        } catch (IOException | RuntimeException e) {
            // a manifest the Study cannot be read from at all is reported by its loader
        }
        return List.copyOf(problems);
    }

    /** Ignores the API classes' {@code ignoreUnknown = true}, which lets the operator read newer Studies. */
    private static final class StrictIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
            JsonIgnoreProperties.Value value = super.findPropertyIgnoralByName(config, a);
            return a.getRawType().getPackageName().equals(Study.class.getPackageName()) ? value.withoutIgnoreUnknown() : value;
        }
    }

    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(c.getCurrentName());
            }
        }
        Collections.reverse(parts);
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }
}
