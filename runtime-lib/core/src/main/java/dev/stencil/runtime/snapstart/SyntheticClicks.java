package dev.stencil.runtime.snapstart;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.KinesisEvents;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A batch of synthetic clicks as Lambda delivers them from a stream: JSON as the runtime's producer writes it,
 * with pages, referrers, agents and addresses (IPv4 and IPv6) as in real traffic, so priming goes through the
 * same decoding, enrichment and encoding paths as real batches. Every event id starts with
 * {@value #ID_PREFIX} and every event is of the one user {@value #USER}: logic that calls other services can
 * recognise them, and a profile cache holds one entry for them.
 */
public final class SyntheticClicks {
    /** Prefix of every synthetic event id. */
    public static final String ID_PREFIX = "stencil-priming-";
    /** The user of every synthetic event. */
    public static final String USER = "stencil-priming";

    private static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/stencil-priming";

    private SyntheticClicks() {
    }

    /**
     * @param count records in the batch
     * @return a batch of {@code count} records on one shard
     */
    public static KinesisEvent batch(int count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(42, 50, 0.0, System.currentTimeMillis());
        List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ClickEvent e = generator.next();
            ClickEvent click = new ClickEvent(ID_PREFIX + i, USER, e.sessionId(), e.page(), e.referrer(), e.ip(),
                    e.userAgent(), e.timestamp());
            String sequenceNumber = String.valueOf(49_000_000_000_000_000L + i);
            records.add(KinesisEvents.record(STREAM_ARN, "shardId-000000000000", sequenceNumber, USER,
                    new Date(e.timestamp()), json(click)));
        }
        return KinesisEvents.of(records);
    }

    private static byte[] json(ClickEvent click) {
        try {
            return Json.MAPPER.writeValueAsBytes(click);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a synthetic click cannot be written", e);
        }
    }
}
