package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.GeoIp;
import dev.stencil.model.Lookup;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code enrich:} DynamoDB lookups by a field, and geo-IP by a field, with a {@code cidr,country,city}
 * CSV table (a MaxMind {@code .mmdb} database is checked to exist, not read yet: a warning says so).
 * Every enrichment of an arrow adds a member of its own name to what its function writes.
 *
 * @param lookups the lookups declared
 * @param geoIps the addresses located
 */
record EnrichCheck(List<Lookup> lookups, List<GeoIp> geoIps) {

    static final EnrichCheck NONE = new EnrichCheck(List.of(), List.of());

    /** The member a location is added under when the sidecar names none. */
    static final String GEO = "geo";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<FieldType> KEY_TYPES = Set.of(FieldType.STRING, FieldType.ENUM, FieldType.INT,
            FieldType.LONG);

    static EnrichCheck check(Checking checking, Connection arrow, JsonNode enrichments, Optional<EventSchema> schema,
            SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FUNCTION, "enrich", at,
                "an arrow from a stream to a function")) {
            return NONE;
        }
        List<Lookup> lookups = new ArrayList<>();
        List<GeoIp> geoIps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode enrichment : enrichments) {
            SourceLocation where = checking.yaml().at(enrichment);
            if (enrichment.has("lookup") == enrichment.has("geoip")) {
                checking.error("ENRICH_INVALID", where, "an enrichment is either a lookup or a geoip",
                        "write { lookup: <table alias>, key: <field> } or { geoip: <field> }");
            } else if (enrichment.has("lookup")) {
                lookup(checking, arrow, enrichment, schema, names, where).ifPresent(lookups::add);
            } else {
                geoIp(checking, arrow, enrichment, schema, names, where).ifPresent(geoIps::add);
            }
        }
        return new EnrichCheck(lookups, geoIps);
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
        valid &= name(checking, arrow, asNode.asText(), checking.yaml().at(asNode), "the lookup of " + table, schema,
                names);
        return valid && field.isPresent() ? Optional.of(new Lookup(table, key, asNode.asText(), where))
                : Optional.empty();
    }

    /** The name an enrichment adds its member under: an identifier, neither a field nor another's. */
    private static boolean name(Checking checking, Connection arrow, String as, SourceLocation asAt, String what,
            Optional<EventSchema> schema, Set<String> names) {
        if (!NAME.matcher(as).matches()) {
            checking.error("ENRICH_NAME_INVALID", asAt, "'" + as + "' cannot name what " + what + " adds",
                    "give it as: <a name of letters, digits and _>");
            return false;
        }
        if (schema.flatMap(s -> s.field(as)).isPresent()) {
            checking.error("ENRICH_NAME_TAKEN", asAt, what + " would add '" + as + "', which is already a field of "
                    + schema.get().name(), "give it another name with as: <name>");
            return false;
        }
        if (!names.add(as)) {
            checking.error("ENRICH_NAME_TAKEN", asAt, "two enrichments of " + arrow.from() + " -> " + arrow.to()
                    + " add '" + as + "'", "give one of them another name with as: <name>");
            return false;
        }
        return true;
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

    private static Optional<GeoIp> geoIp(Checking checking, Connection arrow, JsonNode enrichment,
            Optional<EventSchema> schema, Set<String> names, SourceLocation where) {
        JsonNode fieldNode = enrichment.get("geoip");
        Optional<EventField> field = schema.flatMap(s -> checking.field(s, fieldNode, "the geo-IP field"));
        boolean valid = field.isPresent();
        if (field.isPresent() && field.get().type() != FieldType.STRING) {
            checking.error("GEOIP_FIELD_NOT_TEXT", checking.yaml().at(fieldNode), "the geo-IP field "
                    + fieldNode.asText() + " is " + field.get().type().aWord() + ", not an address",
                    "locate a string field holding an IPv4 or IPv6 address");
            valid = false;
        }
        String as = enrichment.has("as") ? enrichment.get("as").asText() : GEO;
        valid &= name(checking, arrow, as, enrichment.has("as") ? checking.yaml().at(enrichment.get("as")) : where,
                "the geo-IP of " + fieldNode.asText(), schema, names);
        Optional<GeoIp.Table> table = Optional.empty();
        if (enrichment.has("database")) {
            JsonNode databaseNode = enrichment.get("database");
            Path database = checking.resolve(databaseNode.asText());
            SourceLocation at = checking.yaml().at(databaseNode);
            String fileName = database.getFileName() == null ? "" : database.getFileName().toString();
            if (!Files.isRegularFile(database)) {
                checking.error("GEOIP_DATABASE_NOT_FOUND", at, "no file " + database,
                        "give the path of a cidr,country,city .csv table or a MaxMind .mmdb file, relative to the sidecar");
                valid = false;
            } else if (fileName.endsWith(".mmdb")) {
                checking.warning("NOT_GENERATED_YET", at, "the MaxMind database " + database + " is checked to exist,"
                        + " not read yet: " + arrow.to() + " locates with the CIDR table of its environment (GEOIP_CSV)",
                        "give a cidr,country,city .csv table instead to have it put beside the function");
            } else if (fileName.endsWith(".csv")) {
                table = GeoIpTable.check(checking, database);
                valid &= table.isPresent();
            } else {
                checking.error("GEOIP_DATABASE_INVALID", at, fileName + " is neither a .csv table nor a .mmdb database",
                        "give a cidr,country,city .csv table or a MaxMind .mmdb file");
                valid = false;
            }
        }
        return valid ? Optional.of(new GeoIp(fieldNode.asText(), as, table, where)) : Optional.empty();
    }
}
