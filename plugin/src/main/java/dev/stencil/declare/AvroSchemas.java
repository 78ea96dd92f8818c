package dev.stencil.declare;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stencil.diagram.SourceText;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;

/** Event schemas read from Apache Avro {@code .avsc} files with Avro's own parser. */
final class AvroSchemas {

    private AvroSchemas() {}

    /** A schema read, with the Avro schema behind it and the file's text (for locating its fields). */
    record Read(EventSchema schema, Schema avro, String text) {}

    /**
     * Reads one schema file.
     *
     * @param name the schema's name in the sidecar
     * @param file the file
     * @param declaredAt where the sidecar names the file
     * @param problems where problems are added
     * @return the schema, or empty when it cannot be read
     */
    static Optional<Read> read(String name, Path file, SourceLocation declaredAt, List<Diagnostic> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error("SCHEMA_NOT_FOUND", declaredAt, "schema " + name + ": no file " + file,
                    "give the path of an Avro .avsc file, relative to the sidecar"));
            return Optional.empty();
        }
        String shown = file.toString();
        SourceText source;
        try {
            source = SourceText.decode(shown, Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(Diagnostic.error("SCHEMA_NOT_FOUND", declaredAt, "schema " + name + ": cannot read " + file
                    + ": " + e.getMessage(), "make the file readable"));
            return Optional.empty();
        }
        if (source.problem().isPresent()) {
            problems.add(source.problem().get());
            return Optional.empty();
        }
        Schema avro;
        try {
            avro = new Schema.Parser().parse(source.text());
        } catch (org.apache.avro.AvroRuntimeException e) {
            problems.add(Diagnostic.error("SCHEMA_INVALID", locate(shown, source.text(), e),
                    "schema " + name + " is not a valid Avro schema: " + firstLine(e),
                    "fix the .avsc file; see the Avro specification for its types"));
            return Optional.empty();
        }
        if (avro.getType() != Schema.Type.RECORD) {
            problems.add(Diagnostic.error("SCHEMA_NOT_A_RECORD", new SourceLocation(shown, 1, 1),
                    "schema " + name + " is an Avro " + avro.getType().getName() + ", not a record",
                    "an event schema is a record: {\"type\": \"record\", \"name\": ..., \"fields\": [...]}"));
            return Optional.empty();
        }
        List<EventField> fields = avro.getFields().stream()
                .map(f -> field(f.name(), f.schema()))
                .toList();
        return Optional.of(new Read(new EventSchema(name, new SourceLocation(shown, 1, 1), fields), avro,
                source.text()));
    }

    /** Where a field is named in the schema's text: its {@code "name": "..."}. */
    static SourceLocation fieldAt(String file, String text, String field) {
        Matcher m = Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(field) + "\"").matcher(text);
        return m.find() ? offset(file, text, m.start()) : new SourceLocation(file, 1, 1);
    }

    private static EventField field(String name, Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            List<Schema> types = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
            boolean optional = types.size() < schema.getTypes().size();
            return types.size() == 1 ? new EventField(name, type(types.get(0)), optional, symbols(types.get(0)))
                    : new EventField(name, FieldType.OTHER, optional);
        }
        return new EventField(name, type(schema), false, symbols(schema));
    }

    private static List<String> symbols(Schema schema) {
        return schema.getType() == Schema.Type.ENUM ? schema.getEnumSymbols() : List.of();
    }

    /** The name of a schema's logical type, such as {@code timestamp-micros}; empty when it has none. */
    static String logicalName(Schema schema) {
        return schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    }

    private static FieldType type(Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical != null && logical.getName().equals("timestamp-millis")) {
            return FieldType.TIMESTAMP;
        }
        return switch (schema.getType()) {
            case STRING -> FieldType.STRING;
            case INT -> FieldType.INT;
            case LONG -> FieldType.LONG;
            case FLOAT -> FieldType.FLOAT;
            case DOUBLE -> FieldType.DOUBLE;
            case BOOLEAN -> FieldType.BOOLEAN;
            case ENUM -> FieldType.ENUM;
            default -> FieldType.OTHER;
        };
    }

    /** Where Avro's complaint points: the JSON parser's location, else the first name it quotes. */
    private static SourceLocation locate(String file, String text, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getLocation() != null) {
                return new SourceLocation(file, Math.max(1, json.getLocation().getLineNr()),
                        Math.max(1, json.getLocation().getColumnNr()));
            }
        }
        String[] words = String.valueOf(e.getMessage()).split("[^A-Za-z0-9_.$-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            int at = words[i].length() > 1 ? text.indexOf("\"" + words[i] + "\"") : -1;
            if (at >= 0) {
                return offset(file, text, at);
            }
        }
        return new SourceLocation(file, 1, 1);
    }

    private static SourceLocation offset(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, offset - lineStart + 1);
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() instanceof JsonProcessingException) {
            t = t.getCause();
        }
        String message = t instanceof JsonProcessingException json ? json.getOriginalMessage() : t.getMessage();
        return String.valueOf(message).lines().findFirst().orElse("");
    }
}
