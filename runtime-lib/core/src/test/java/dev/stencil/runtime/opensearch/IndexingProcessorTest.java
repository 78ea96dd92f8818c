package dev.stencil.runtime.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import dev.stencil.runtime.opensearch.ScriptedBulkServer.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexingProcessorTest {
    private static DecodedRecord<String> record(String seq, String value) {
        return new DecodedRecord<>("shard-0", seq, 0, "pk", null, value);
    }

    @Test
    void mapsFailedDocumentsAndFailedEnrichmentsBackToTheirRecords() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> Response.of(200,
                ScriptedBulkServer.bulkResponse(r.ids(), id -> id.equals("id-c") ? 400 : 201)))) {
            OpenSearchBulkSink sink = OpenSearchBulkSink.builder().endpoint(server.endpoint()).index("i").build();
            IndexingProcessor<String> processor = IndexingProcessor.create(v -> {
                if (v.equals("boom")) {
                    throw new IllegalStateException("no geo");
                }
                return v.equals("drop") ? null : Map.of("v", v);
            }, v -> "id-" + v, sink);

            BatchResult result = processor.process(List.of(record("1", "a"), record("2", "boom"), record("3", "drop"),
                    record("4", "c"), record("5", "e")));

            assertThat(result.failures()).extracting(RecordFailure::sequenceNumber).containsExactly("2", "4");
            assertThat(result.failures().get(0).reason()).startsWith("enrich: java.lang.IllegalStateException: no geo");
            assertThat(result.failures().get(1).reason()).isEqualTo("index: 400 mapper_parsing_exception: because");
            assertThat(server.requests.get(0).ids()).containsExactly("id-a", "id-c", "id-e");
        }
    }
}
