package dev.stencil.model;

import java.util.Optional;

/**
 * What the sidecar declares of one stream.
 *
 * @param stream the stream's alias
 * @param schema the name of the schema its events follow
 * @param partitionKey the field whose value is each record's partition key
 * @param eventTime the field that holds each event's time
 * @param id the field that identifies each event (document ids, message ids): the declared one, else a
 *     string field named {@code eventId} or {@code id}; empty when the schema has neither
 * @param location where the declaration is
 */
public record StreamSemantics(String stream, String schema, Optional<String> partitionKey,
        Optional<String> eventTime, Optional<String> id, SourceLocation location) {}
