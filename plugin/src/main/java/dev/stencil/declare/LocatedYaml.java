package dev.stencil.declare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document read into a Jackson tree that remembers where every value and every key is, so
 * that a problem found in the tree (by the JSON Schema validator or by a check of what it means)
 * points at the line and column the user wrote. Duplicate keys, which YAML forbids but most parsers
 * take silently (the last one wins), are a problem too.
 */
final class LocatedYaml {

    /** The code of a sidecar that is not YAML. */
    static final String SYNTAX = "SIDECAR_SYNTAX";
    /** The code of a key given twice in one mapping. */
    static final String DUPLICATE_KEY = "SIDECAR_DUPLICATE_KEY";

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Map<JsonNode, SourceLocation> values = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, SourceLocation>> keys = new IdentityHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private JsonNode root = NODES.objectNode();

    private LocatedYaml(String file) {
        this.file = file;
    }

    /**
     * Reads a YAML document; an empty document is an empty mapping.
     *
     * @param file the file's path as diagnostics name it
     * @param text its text
     */
    static LocatedYaml read(String file, String text) {
        LocatedYaml yaml = new LocatedYaml(file);
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != null) {
                yaml.root = yaml.value(parser);
            }
        } catch (JsonProcessingException e) {
            yaml.problems.add(Diagnostic.error(SYNTAX, yaml.at(e.getLocation()),
                    "this is not YAML: " + String.join(": ", e.getOriginalMessage().lines()
                            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList()),
                    "fix the YAML syntax; indent with spaces and quote keys that hold ':' such as \"a -> b\""));
        } catch (IOException e) {
            yaml.problems.add(Diagnostic.error(SYNTAX, SourceLocation.ofFile(file),
                    "cannot read the YAML: " + e.getMessage(), "fix the YAML syntax"));
        }
        return yaml;
    }

    private JsonNode value(JsonParser parser) throws IOException {
        SourceLocation at = at(parser.currentTokenLocation());
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
        if (!values.containsKey(node)) {
            values.put(node, at);
        }
        return node;
    }

    private ObjectNode object(JsonParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        Map<String, SourceLocation> at = new LinkedHashMap<>();
        keys.put(object, at);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourceLocation keyAt = at(parser.currentTokenLocation());
            parser.nextToken();
            JsonNode value = value(parser);
            if (at.containsKey(key)) {
                problems.add(Diagnostic.error(DUPLICATE_KEY, keyAt, "'" + key + "' is declared twice here;"
                        + " the first is at line " + at.get(key).line(), "keep one of them"));
                continue;
            }
            at.put(key, keyAt);
            object.set(key, value);
        }
        return object;
    }

    private ArrayNode array(JsonParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    private SourceLocation at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.ofFile(file);
        }
        return new SourceLocation(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** The document; an empty mapping when it is empty or could not be read. */
    JsonNode root() {
        return root;
    }

    /** Why the text is not YAML; empty when it is. */
    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Where a value of this tree is written. */
    SourceLocation at(JsonNode value) {
        return values.getOrDefault(value, SourceLocation.ofFile(file));
    }

    /** Where a key of a mapping of this tree is written; the mapping's place when it has no such key. */
    SourceLocation keyAt(JsonNode object, String key) {
        return Optional.ofNullable(keys.get(object)).map(k -> k.get(key)).orElseGet(() -> at(object));
    }

    String file() {
        return file;
    }
}
