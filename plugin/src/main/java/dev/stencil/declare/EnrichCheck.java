package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * {@code enrich:} DynamoDB lookups by a field and geo-IP by a field. Checked in full; the function's
 * enrichment is not yet generated from it (a warning says so).
 */
final class EnrichCheck {

    private EnrichCheck() {}

    static void check(Checking checking, Connection arrow, JsonNode enrichments, Optional<EventSchema> schema,
            SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FUNCTION, "enrich", at,
                "an arrow from a stream to a function")) {
            return;
        }
        for (JsonNode enrichment : enrichments) {
            SourceLocation where = checking.yaml().at(enrichment);
            if (enrichment.has("lookup") == enrichment.has("geoip")) {
                checking.error("ENRICH_INVALID", where, "an enrichment is either a lookup or a geoip",
                        "write { lookup: <table alias>, key: <field> } or { geoip: <field> }");
                continue;
            }
            if (enrichment.has("lookup")) {
                lookup(checking, enrichment, schema, where);
            } else {
                schema.ifPresent(s -> checking.field(s, enrichment.get("geoip"), "the geo-IP field"));
                if (enrichment.has("database") && !Files.isRegularFile(checking.resolve(enrichment.get("database")
                        .asText()))) {
                    checking.error("GEOIP_DATABASE_NOT_FOUND", checking.yaml().at(enrichment.get("database")),
                            "no file " + checking.resolve(enrichment.get("database").asText()),
                            "give the path of a MaxMind .mmdb file, relative to the sidecar");
                }
            }
        }
        checking.warning("NOT_GENERATED_YET", at, "enrich on " + arrow.from() + " -> " + arrow.to() + " is checked but"
                + " not generated yet: the function still enriches with the user profile and the CIDR geo-IP table",
                "the declaration is kept; a later Stencil generates the lookups from it");
    }

    private static void lookup(Checking checking, JsonNode enrichment, Optional<EventSchema> schema,
            SourceLocation where) {
        String table = enrichment.get("lookup").asText();
        Optional<Component> component = checking.architecture().component(table);
        if (component.isEmpty() || component.get().kind() != ServiceKind.DYNAMODB_TABLE) {
            List<String> tables = checking.architecture().componentsOf(ServiceKind.DYNAMODB_TABLE).stream()
                    .map(Component::alias).toList();
            checking.error("ENRICH_UNKNOWN_TABLE", checking.yaml().at(enrichment.get("lookup")), "'" + table
                    + "' is not a DynamoDB table of the diagram", DidYouMean.hint(table, tables, tables.isEmpty()
                            ? "draw the lookup table in the diagram" : "its tables are " + String.join(", ", tables)));
        }
        if (!enrichment.has("key")) {
            checking.error("ENRICH_INVALID", where, "the lookup of " + table + " has no key",
                    "add key: <the event field looked up>");
            return;
        }
        schema.ifPresent(s -> checking.field(s, enrichment.get("key"), "the lookup key"));
    }
}
