package dev.stencil.runtime.opensearch;

import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Enriches each record into a document and indexes the batch with an {@link OpenSearchBulkSink}, mapping
 * per-document failures back to their records.
 *
 * <p>A record whose enrichment throws fails alone. An enricher that returns {@code null} drops the record
 * (it counts as done).
 *
 * @param <T> the event type
 */
public final class IndexingProcessor<T> implements BatchProcessor<T> {
    private final Function<? super T, ?> enricher;
    private final Function<? super T, String> documentId;
    private final OpenSearchBulkSink sink;

    private IndexingProcessor(Function<? super T, ?> enricher, Function<? super T, String> documentId,
                              OpenSearchBulkSink sink) {
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.documentId = Objects.requireNonNull(documentId, "documentId");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * @param enricher   turns an event into the document to index
     * @param documentId the deterministic document id of an event (e.g. {@code ClickEvent::eventId})
     * @param sink       where the documents go
     */
    public static <T> IndexingProcessor<T> create(Function<? super T, ?> enricher,
                                                  Function<? super T, String> documentId,
                                                  OpenSearchBulkSink sink) {
        return new IndexingProcessor<>(enricher, documentId, sink);
    }

    @Override
    public BatchResult process(List<DecodedRecord<T>> records) {
        List<RecordFailure> failures = new ArrayList<>();
        List<DecodedRecord<T>> sent = new ArrayList<>(records.size());
        List<BulkDocument> documents = new ArrayList<>(records.size());
        for (DecodedRecord<T> record : records) {
            try {
                Object document = enricher.apply(record.value());
                if (document != null) {
                    documents.add(new BulkDocument(documentId.apply(record.value()), document));
                    sent.add(record);
                }
            } catch (RuntimeException e) {
                failures.add(record.failed("enrich: " + e));
            }
        }
        if (!documents.isEmpty()) {
            for (BulkItemFailure failure : sink.index(documents).failures()) {
                failures.add(sent.get(failure.position()).failed("index: " + failure.status() + " "
                        + failure.errorType() + ": " + failure.reason()));
            }
        }
        return BatchResult.failed(failures);
    }
}
