package io.parzen.operator.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.parzen.operator.api.Study;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads Study fixtures from {@code src/test/resources/studies} and edits them as YAML trees. */
public final class Fixtures {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Fixtures() {}

    /** The fixture as a tree. */
    public static ObjectNode tree(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/studies/" + name)) {
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as a Study. */
    public static Study study(String name) {
        return study(tree(name));
    }

    /** A tree as a Study. */
    public static Study study(JsonNode tree) {
        return Serialization.unmarshal(tree.toString(), Study.class);
    }

    /**
     * Sets {@code path} (a JSON pointer) to {@code yamlValue} (parsed as YAML; "~" removes the field).
     */
    public static ObjectNode with(ObjectNode tree, String path, String yamlValue) {
        try {
            int slash = path.lastIndexOf('/');
            JsonNode parent = tree.at(path.substring(0, slash));
            String field = path.substring(slash + 1);
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(field), YAML.readTree(yamlValue));
            } else if (yamlValue.equals("~")) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ObjectNode) parent).set(field, YAML.readTree(yamlValue));
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
