package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.Lookup;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code enrich:} DynamoDB lookups by a field, and geo-IP by a field. Lookups are generated; geo-IP is
 * checked in full but not generated yet (a warning says so).
 */
final class EnrichCheck {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<FieldType> KEY_TYPES = Set.of(FieldType.STRING, FieldType.ENUM, FieldType.INT,
            FieldType.LONG);

    private EnrichCheck() {}

    static List<Lookup> check(Checking checking, Connection arrow, JsonNode enrichments, Optional<EventSchema> schema,
            SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FUNCTION, "enrich", at,
                "an arrow from a stream to a function")) {
            return List.of();
        }
        List<Lookup> lookups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode enrichment : enrichments) {
            SourceLocation where = checking.yaml().at(enrichment);
            if (enrichment.has("lookup") == enrichment.has("geoip")) {
                checking.error("ENRICH_INVALID", where, "an enrichment is either a lookup or a geoip",
                        "write { lookup: <table alias>, key: <field> } or { geoip: <field> }");
            } else if (enrichment.has("lookup")) {
                lookup(checking, arrow, enrichment, schema, names, where).ifPresent(lookups::add);
            } else {
                geoIp(checking, arrow, enrichment, schema, where);
            }
        }
        return lookups;
    }

    private static Optional<Lookup> lookup(Checking checking, Connection arrow, JsonNode enrichment,
            Optional<EventSchema> schema, Set<String> names, SourceLocation where) {
        String table = enrichment.get("lookup").asText();
        boolean valid = table(checking, arrow, enrichment.get("lookup"), table);
        if (!enrichment.has("key")) {
            checking.error("ENRICH_INVALID", where, "the lookup of " + table + " has no key",
                    "add key: <the event field looked up>");
            return Optional.empty();
        }
        String key = enrichment.get("key").asText();
        Optional<EventField> field = schema.flatMap(s -> checking.field(s, enrichment.get("key"), "the lookup key"));
        if (field.isPresent() && !KEY_TYPES.contains(field.get().type())) {
            checking.error("ENRICH_KEY_NOT_SCALAR", checking.yaml().at(enrichment.get("key")), "the lookup key " + key
                    + " is " + field.get().type().aWord() + "; a table's partition key is a string or a whole number",
                    "look up by a string, enum, int or long field");
            valid = false;
        }
        JsonNode asNode = enrichment.has("as") ? enrichment.get("as") : enrichment.get("lookup");
        String as = asNode.asText();
        SourceLocation asAt = checking.yaml().at(asNode);
        if (!NAME.matcher(as).matches()) {
            checking.error("ENRICH_NAME_INVALID", asAt, "'" + as + "' cannot name what the lookup adds",
                    "give it as: <a name of letters, digits and _>");
            valid = false;
        } else if (schema.flatMap(s -> s.field(as)).isPresent()) {
            checking.error("ENRICH_NAME_TAKEN", asAt, "the lookup of " + table + " would add '" + as
                    + "', which is already a field of " + schema.get().name(), "give it another name with as: <name>");
            valid = false;
        } else if (!names.add(as)) {
            checking.error("ENRICH_NAME_TAKEN", asAt, "two lookups of " + arrow.from() + " -> " + arrow.to()
                    + " add '" + as + "'", "give one of them another name with as: <name>");
            valid = false;
        }
        return valid && field.isPresent() ? Optional.of(new Lookup(table, key, as, where)) : Optional.empty();
    }

    /** The lookup's table: a DynamoDB table of the diagram that points at the function. */
    private static boolean table(Checking checking, Connection arrow, JsonNode node, String table) {
        Optional<Component> component = checking.architecture().component(table);
        if (component.isEmpty() || component.get().kind() != ServiceKind.DYNAMODB_TABLE) {
            List<String> tables = checking.architecture().componentsOf(ServiceKind.DYNAMODB_TABLE).stream()
                    .map(Component::alias).toList();
            checking.error("ENRICH_UNKNOWN_TABLE", checking.yaml().at(node), "'" + table
                    + "' is not a DynamoDB table of the diagram", DidYouMean.hint(table, tables, tables.isEmpty()
                            ? "draw the lookup table in the diagram" : "its tables are " + String.join(", ", tables)));
            return false;
        }
        boolean drawn = checking.architecture().connections().stream().anyMatch(c -> c.kind()
                == ConnectionKind.TABLE_TO_FUNCTION && c.from().equals(table) && c.to().equals(arrow.to()));
        if (!drawn) {
            checking.error("ENRICH_TABLE_NOT_DRAWN", checking.yaml().at(node), "the diagram has no arrow " + table
                    + " --> " + arrow.to() + ", so " + arrow.to() + " may not read " + table,
                    "draw " + table + " --> " + arrow.to() + " : lookup");
        }
        return drawn;
    }

    private static void geoIp(Checking checking, Connection arrow, JsonNode enrichment, Optional<EventSchema> schema,
            SourceLocation where) {
        schema.ifPresent(s -> checking.field(s, enrichment.get("geoip"), "the geo-IP field"));
        if (enrichment.has("database") && !Files.isRegularFile(checking.resolve(enrichment.get("database").asText()))) {
            checking.error("GEOIP_DATABASE_NOT_FOUND", checking.yaml().at(enrichment.get("database")),
                    "no file " + checking.resolve(enrichment.get("database").asText()),
                    "give the path of a MaxMind .mmdb file, relative to the sidecar");
        }
        checking.warning("NOT_GENERATED_YET", where, "geoip on " + arrow.from() + " -> " + arrow.to()
                + " is checked but not generated yet", "the declaration is kept; locate the address in the "
                + "function's logic meanwhile, or ask for it on the tracker");
    }
}
