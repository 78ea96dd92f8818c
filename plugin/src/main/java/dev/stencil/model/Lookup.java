package dev.stencil.model;

/**
 * One {@code enrich: [ { lookup: <table>, key: <field>, as: <name> } ]} of an arrow into a function:
 * for each event, the item of the table whose partition key is the event's field, added to what the
 * function indexes or sends under a name of its own.
 *
 * @param table the DynamoDB table's alias in the diagram
 * @param key the event field looked up (the table's partition key has the same name)
 * @param as the member the found item is added under; the table's alias unless the sidecar says
 * @param location where the sidecar declares it
 */
public record Lookup(String table, String key, String as, SourceLocation location) {}
