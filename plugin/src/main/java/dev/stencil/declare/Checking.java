package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sidecar being checked against its diagram: the located tree, the architecture, the schemas
 * read so far, and every problem found, so that each section's check adds to one list and the user
 * sees every problem at once.
 */
final class Checking {

    private final LocatedYaml yaml;
    private final Path folder;
    private final Architecture architecture;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, AvroSchemas.Read> schemas = new LinkedHashMap<>();
    private final Set<String> aggregating = new HashSet<>();

    Checking(LocatedYaml yaml, Path folder, Architecture architecture) {
        this.yaml = yaml;
        this.folder = folder;
        this.architecture = architecture;
    }

    LocatedYaml yaml() {
        return yaml;
    }

    Architecture architecture() {
        return architecture;
    }

    /** A path the sidecar names, resolved against the sidecar's folder. */
    Path resolve(String relative) {
        return folder.resolve(relative).normalize();
    }

    void error(String code, SourceLocation at, String message, String hint) {
        problems.add(Diagnostic.error(code, at, message, hint));
    }

    void warning(String code, SourceLocation at, String message, String hint) {
        problems.add(Diagnostic.warning(code, at, message, hint));
    }

    void addAll(List<Diagnostic> found) {
        problems.addAll(found);
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Notes that the sidecar declares an aggregate on an arrow, valid or not. */
    void aggregateDeclared(String from, String to) {
        aggregating.add(from + " -> " + to);
    }

    /** Whether the sidecar declares an aggregate on an arrow, valid or not: its problems are reported there. */
    boolean declaresAggregate(String from, String to) {
        return aggregating.contains(from + " -> " + to);
    }

    long errors() {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    boolean failed() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    void schema(AvroSchemas.Read read) {
        schemas.put(read.schema().name(), read);
    }

    Map<String, AvroSchemas.Read> schemas() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    }

    Optional<EventSchema> schema(String name) {
        return Optional.ofNullable(schemas.get(name)).map(AvroSchemas.Read::schema);
    }

    /** Whether the sidecar's {@code schemas} section names this schema (read or not). */
    boolean declaresSchema(String name) {
        return yaml.root().path("schemas").has(name);
    }

    /**
     * The field of a schema that a value of the sidecar names; a located error (with the closest
     * field names) when the schema has no such field.
     *
     * @param schema the schema the field must be in
     * @param node the value naming the field
     * @param role what the field is for, such as {@code the partition key}
     */
    Optional<EventField> field(EventSchema schema, JsonNode node, String role) {
        return field(schema, node.asText(), yaml.at(node), role);
    }

    Optional<EventField> field(EventSchema schema, String name, SourceLocation at, String role) {
        Optional<EventField> field = schema.field(name);
        if (field.isEmpty()) {
            error("SCHEMA_UNKNOWN_FIELD", at, role + " '" + name + "' is not a field of schema " + schema.name(),
                    DidYouMean.hint(name, schema.fieldNames(), "its fields are " + String.join(", ", schema.fieldNames())));
        }
        return field;
    }

    /** A numeric field, or a located error naming its type. */
    void numeric(EventSchema schema, EventField field, SourceLocation at, String role) {
        if (!field.type().numeric()) {
            error("FIELD_NOT_NUMERIC", at, role + " needs a number, but " + field.name() + " of " + schema.name()
                    + " is " + field.type().aWord(), "use count, or a field of type int, long, float or double");
        }
    }

    static boolean isType(EventField field, FieldType... types) {
        return List.of(types).contains(field.type());
    }
}
