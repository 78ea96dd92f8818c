package dev.stencil.runtime.kinesis;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.internal.StructuredLog;
import dev.stencil.runtime.kinesis.internal.KplAggregation;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every generated Kinesis-triggered Lambda handler: decodes a batch, hands the decoded records
 * to a {@link BatchProcessor}, and answers with a partial batch response that is correct for Kinesis.
 *
 * <p>The event source mapping must enable {@code ReportBatchItemFailures}. For each shard in the batch the
 * response names only the <em>first</em> failed sequence number: Lambda resumes the shard from there, so
 * nothing after a failure counts as done. Records whose payload cannot be decoded are reported as failures
 * (so that retries, bisection and the on-failure destination of the mapping isolate them). If the processor
 * throws, every shard of the batch is reported from its first record.
 *
 * <p>Records aggregated by the Kinesis Producer Library are split into their user records, numbered by
 * {@link DecodedRecord#subSequenceNumber()}. Lambda checkpoints whole Kinesis records, so a failed user
 * record fails its aggregated record: all its user records are delivered again. If any user record of an
 * aggregate cannot be decoded, the aggregate is reported as failed before processing.
 *
 * <p>A generated subclass only chooses the decoder and the processor:
 * <pre>{@code
 * public final class FnHandler extends KinesisBatchHandler<ClickEvent> {
 *     FnHandler(BatchProcessor<ClickEvent> processor) {
 *         super(JsonRecordDecoder.of(ClickEvent.class), processor);
 *     }
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public abstract class KinesisBatchHandler<T> implements RequestHandler<KinesisEvent, StreamsEventResponse> {
    private final RecordDecoder<T> decoder;
    private final BatchProcessor<T> processor;

    protected KinesisBatchHandler(RecordDecoder<T> decoder, BatchProcessor<T> processor) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.processor = Objects.requireNonNull(processor, "processor");
    }

    @Override
    public final StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        List<KinesisEvent.KinesisEventRecord> records =
                event == null || event.getRecords() == null ? List.of() : event.getRecords();
        List<DecodedRecord<T>> decoded = new ArrayList<>(records.size());
        List<RecordFailure> failures = new ArrayList<>();
        Map<String, String> firstOfShard = new LinkedHashMap<>();
        for (KinesisEvent.KinesisEventRecord record : records) {
            KinesisEvent.Record kinesis = record.getKinesis();
            String shardId = shardIdOf(record);
            String sequenceNumber = kinesis.getSequenceNumber();
            firstOfShard.putIfAbsent(shardId, sequenceNumber);
            Instant arrival = kinesis.getApproximateArrivalTimestamp() == null
                    ? null : kinesis.getApproximateArrivalTimestamp().toInstant();
            try {
                List<KplAggregation.UserRecord> userRecords = KplAggregation.deaggregate(kinesis.getData());
                if (userRecords == null) {
                    T value = decoder.decode(kinesis.getData());
                    decoded.add(new DecodedRecord<>(shardId, sequenceNumber, 0, kinesis.getPartitionKey(), arrival,
                            value, record.getEventSourceARN()));
                } else {
                    List<DecodedRecord<T>> subRecords = new ArrayList<>(userRecords.size());
                    for (int sub = 0; sub < userRecords.size(); sub++) {
                        KplAggregation.UserRecord user = userRecords.get(sub);
                        subRecords.add(new DecodedRecord<>(shardId, sequenceNumber, sub, user.partitionKey(), arrival,
                                decoder.decode(user.data()), record.getEventSourceARN()));
                    }
                    decoded.addAll(subRecords);
                }
            } catch (RuntimeException e) {
                failures.add(new RecordFailure(shardId, sequenceNumber, "decode: " + e.getMessage()));
            }
        }
        if (!decoded.isEmpty()) {
            try {
                failures.addAll(processor.process(decoded).failures());
            } catch (RuntimeException e) {
                StructuredLog.log(context, "ERROR", "batch processor failed; whole batch reported",
                        Map.of("records", records.size(), "error", String.valueOf(e)));
                firstOfShard.forEach((shard, seq) -> failures.add(new RecordFailure(shard, seq, "batch: " + e)));
            }
        }
        return response(failures, context);
    }

    /**
     * Per shard, the smallest failed sequence number: where Lambda must resume. Logs one line per shard with
     * failures (not one per record, which an outage of a sink would turn into thousands).
     */
    static StreamsEventResponse response(List<RecordFailure> failures, Context context) {
        Map<String, RecordFailure> firstFailure = new LinkedHashMap<>();
        Map<String, Integer> failedCount = new HashMap<>();
        for (RecordFailure failure : failures) {
            firstFailure.merge(failure.shardId(), failure,
                    (a, b) -> compareSequence(a.sequenceNumber(), b.sequenceNumber()) <= 0 ? a : b);
            failedCount.merge(failure.shardId(), 1, Integer::sum);
        }
        List<StreamsEventResponse.BatchItemFailure> items = new ArrayList<>(firstFailure.size());
        firstFailure.forEach((shard, first) -> {
            StructuredLog.log(context, "WARN", "records failed; shard resumes at the first", Map.of(
                    "shardId", shard, "firstFailedSequenceNumber", first.sequenceNumber(),
                    "failedRecords", failedCount.get(shard), "firstReason", first.reason()));
            items.add(new StreamsEventResponse.BatchItemFailure(first.sequenceNumber()));
        });
        return new StreamsEventResponse(items);
    }

    /** Kinesis sequence numbers are decimal numbers of up to 128 bits, not always of the same length. */
    static int compareSequence(String a, String b) {
        if (a.length() != b.length()) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        return a.compareTo(b);
    }

    /** The event id is {@code shardId-000000000000:sequenceNumber}; the shard is the part before the colon. */
    static String shardIdOf(KinesisEvent.KinesisEventRecord record) {
        String eventId = record.getEventID();
        if (eventId != null) {
            int colon = eventId.indexOf(':');
            if (colon > 0) {
                return eventId.substring(0, colon);
            }
        }
        return "unknown-shard";
    }
}
