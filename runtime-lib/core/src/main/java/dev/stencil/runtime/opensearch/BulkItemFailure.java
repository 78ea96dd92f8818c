package dev.stencil.runtime.opensearch;

/**
 * A document that was not indexed after all attempts.
 *
 * @param position  index of the document in the list given to {@link OpenSearchBulkSink#index}
 * @param id        the document id
 * @param status    the last HTTP status for this item, or {@code 0} if the server could not be reached
 * @param errorType OpenSearch's error type (e.g. {@code mapper_parsing_exception}), or a client-side cause
 * @param reason    the error text
 */
public record BulkItemFailure(int position, String id, int status, String errorType, String reason) {
}
