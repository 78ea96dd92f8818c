package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON Schema every sidecar follows ({@value #RESOURCE}, shipped in the plugin and written into
 * each generated project so that editors complete and check it), applied with a JSON Schema
 * validator; each violation becomes a located diagnostic.
 */
final class SidecarSchema {

    /** The schema's resource name, beside this class. */
    static final String RESOURCE = "stencil-sidecar.schema.json";

    private static final JsonNode SCHEMA_TREE = load();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_TREE.toString(), InputFormat.JSON);

    private SidecarSchema() {}

    /** The schema's text, as shipped. */
    static String text() {
        return SCHEMA_TREE.toPrettyString() + "\n";
    }

    /** Every way the sidecar departs from the schema, located. */
    static List<Diagnostic> check(LocatedYaml yaml) {
        List<Diagnostic> found = new ArrayList<>();
        for (Error error : SCHEMA.validate(yaml.root())) {
            found.add(diagnostic(yaml, error));
        }
        return found;
    }

    private static Diagnostic diagnostic(LocatedYaml yaml, Error error) {
        NodePath path = error.getInstanceLocation();
        String where = describe(path);
        if ("additionalProperties".equals(error.getKeyword())) {
            String key = error.getProperty();
            List<String> known = knownKeys(error);
            SourceLocation at = yaml.keyAt(node(yaml.root(), path), key);
            return Diagnostic.error("SIDECAR_UNKNOWN_KEY", at, "'" + key + "' is not a key of " + where,
                    DidYouMean.hint(key, known, "the keys here are " + String.join(", ", known)));
        }
        SourceLocation at = located(yaml, path);
        if ("required".equals(error.getKeyword())) {
            return Diagnostic.error("SIDECAR_MISSING_KEY", at, where + " needs '" + error.getProperty() + "'",
                    "add " + error.getProperty() + ":");
        }
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        String what = colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
        return Diagnostic.error("SIDECAR_INVALID", at, where + ": " + what,
                "see " + RESOURCE + " in the project's src/main/stencil for what each key takes");
    }

    /** Where the value at this path is written: at its key when it has one, else at the value. */
    private static SourceLocation located(LocatedYaml yaml, NodePath path) {
        if (path.getNameCount() == 0) {
            return yaml.at(yaml.root());
        }
        Object last = path.getElement(path.getNameCount() - 1);
        JsonNode parent = node(yaml.root(), path.getParent());
        if (last instanceof String key) {
            return yaml.keyAt(parent, key);
        }
        JsonNode item = parent.path((Integer) last);
        return item.isMissingNode() ? yaml.at(parent) : yaml.at(item);
    }

    private static JsonNode node(JsonNode root, NodePath path) {
        JsonNode node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path((String) element);
        }
        return node;
    }

    /** The path as a user reads it, such as {@code flows."raw -> rollup".aggregate}. */
    static String describe(NodePath path) {
        if (path.getNameCount() == 0) {
            return "the sidecar";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
                continue;
            }
            String name = (String) element;
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(name.matches("[A-Za-z0-9_]+") ? name : "\"" + name + "\"");
        }
        return out.toString();
    }

    /** The keys the schema allows where an unknown one was found. */
    private static List<String> knownKeys(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode schema = node(SCHEMA_TREE, fragment.getParent());
        List<String> known = new ArrayList<>();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
            known.add(names.next());
        }
        return known;
    }

    private static JsonNode load() {
        try (InputStream in = SidecarSchema.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " shipped with Stencil", e);
        }
    }
}
