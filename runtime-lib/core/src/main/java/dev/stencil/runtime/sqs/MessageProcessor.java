package dev.stencil.runtime.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.BatchProcessor;
import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns each record into a message (as JSON) and sends the batch with a {@link QueueSink},
 * mapping the messages not sent back to their records.
 *
 * <p>A record whose message function throws fails alone; one for which it returns {@code null} is
 * dropped (it counts as done). A retried batch sends its messages again: SQS standard queues
 * deliver at least once anyway, and each message carries its id for consumers to drop repeats.
 *
 * @param <T> the event type
 */
public final class MessageProcessor<T> implements BatchProcessor<T> {

    private final Function<? super T, ?> message;
    private final Function<? super T, String> id;
    private final QueueSink sink;

    private MessageProcessor(Function<? super T, ?> message, Function<? super T, String> id, QueueSink sink) {
        this.message = Objects.requireNonNull(message, "message");
        this.id = Objects.requireNonNull(id, "id");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * @param message turns an event into the message to send, written as JSON
     * @param id      the event's id, sent with the message (e.g. {@code ClickEvent::eventId})
     * @param sink    where the messages go
     * @param <T>     the event type
     * @return the processor
     */
    public static <T> MessageProcessor<T> create(Function<? super T, ?> message, Function<? super T, String> id,
                                                 QueueSink sink) {
        return new MessageProcessor<>(message, id, sink);
    }

    @Override
    public BatchResult process(List<DecodedRecord<T>> records) {
        List<RecordFailure> failures = new ArrayList<>();
        List<DecodedRecord<T>> sent = new ArrayList<>(records.size());
        List<QueueSink.Message> messages = new ArrayList<>(records.size());
        for (DecodedRecord<T> record : records) {
            try {
                Object body = message.apply(record.value());
                if (body != null) {
                    messages.add(new QueueSink.Message(id.apply(record.value()), Json.MAPPER.writeValueAsString(body)));
                    sent.add(record);
                }
            } catch (RuntimeException | JsonProcessingException e) {
                failures.add(record.failed("message: " + e));
            }
        }
        if (!messages.isEmpty()) {
            for (Map.Entry<Integer, String> failure : sink.send(messages).entrySet()) {
                failures.add(sent.get(failure.getKey()).failed("send: " + failure.getValue()));
            }
        }
        return BatchResult.failed(failures);
    }
}
