package dev.stencil.runtime.opensearch;

import java.util.Objects;

/**
 * One document to index.
 *
 * @param id     the document id; deterministic (e.g. the event id) so that a retried write replaces
 *               instead of duplicating
 * @param source the document, serialized with Jackson
 */
public record BulkDocument(String id, Object source) {
    public BulkDocument {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("document id is required");
        }
        Objects.requireNonNull(source, "source");
    }
}
