package dev.stencil.declare;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.EventSchema;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * The schemas a project was last generated from, kept under {@value #FOLDER}: a changed schema must
 * still read the events written under the kept one (Avro's own backward-compatibility check), or the
 * generation stops with the field named, unless forced.
 */
public final class SchemaHistory {

    /** Where the kept schemas are, in the generated project. */
    public static final String FOLDER = ".stencil/schemas";

    private static final Pattern FIELD = Pattern.compile("^/fields/(\\d+)");

    private SchemaHistory() {}

    /** The kept copy of a schema, in the project. */
    public static String path(String schema) {
        return FOLDER + "/" + schema + ".avsc";
    }

    /**
     * Checks each schema against the one kept for it.
     *
     * @param project the generated project
     * @param schemas each schema's Avro text, by name, as read now
     * @param declared the schemas read now, for locating their fields
     * @param force whether an incompatible change is let through (as a warning)
     */
    public static List<Diagnostic> check(Path project, Map<String, String> schemas, List<EventSchema> declared,
            boolean force) throws IOException {
        List<Diagnostic> found = new ArrayList<>();
        for (EventSchema schema : declared) {
            Path kept = project.resolve(path(schema.name()));
            if (!Files.isRegularFile(kept)) {
                continue;
            }
            Schema before;
            try {
                before = new Schema.Parser().parse(Files.readString(kept, StandardCharsets.UTF_8));
            } catch (RuntimeException unreadable) {
                continue;
            }
            String text = schemas.get(schema.name());
            Schema now = new Schema.Parser().parse(text);
            var result = SchemaCompatibility.checkReaderWriterCompatibility(now, before).getResult();
            if (result.getCompatibility() == SchemaCompatibilityType.COMPATIBLE) {
                continue;
            }
            for (Incompatibility incompatibility : result.getIncompatibilities()) {
                found.add(diagnostic(schema, now, text, incompatibility, force, kept));
            }
        }
        return found;
    }

    private static Diagnostic diagnostic(EventSchema schema, Schema now, String text, Incompatibility incompatibility,
            boolean force, Path kept) {
        String file = schema.location().file();
        Matcher field = FIELD.matcher(incompatibility.getLocation());
        SourceLocation at = new SourceLocation(file, 1, 1);
        String fieldName = "";
        if (field.find() && Integer.parseInt(field.group(1)) < now.getFields().size()) {
            fieldName = now.getFields().get(Integer.parseInt(field.group(1))).name();
            at = AvroSchemas.fieldAt(file, text, fieldName);
        }
        String message = "schema " + schema.name() + (fieldName.isEmpty() ? "" : ", field " + fieldName)
                + ": events written under the last generated schema could not be read: "
                + incompatibility.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " (" + incompatibility.getMessage() + ")";
        String hint = "give a new field a default, keep types widening only (int to long, float to double), or add"
                + " the change as a new schema; -Dstencil.force=true takes it as it is (kept: " + kept + ")";
        return force ? Diagnostic.warning("SCHEMA_INCOMPATIBLE", at, message, hint)
                : Diagnostic.error("SCHEMA_INCOMPATIBLE", at, message, hint);
    }
}
