package dev.stencil.runtime.opensearch;

import java.util.List;

/**
 * The outcome of {@link OpenSearchBulkSink#index}: every document not listed in {@code failures} was indexed.
 *
 * @param documents number of documents given
 * @param requests  number of HTTP requests sent, retries included
 * @param failures  the documents not indexed, ordered by position
 */
public record BulkResult(int documents, int requests, List<BulkItemFailure> failures) {
    public BulkResult {
        failures = List.copyOf(failures);
    }

    /** True if every document was indexed. */
    public boolean allIndexed() {
        return failures.isEmpty();
    }
}
