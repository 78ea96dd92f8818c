package dev.stencil.runtime.sqs;

import dev.stencil.runtime.internal.Backoff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Sends messages to one SQS queue with {@code SendMessageBatch}: at most 10 entries and 256 KiB
 * per request (bodies and the id attribute), as SQS allows. An entry SQS fails on its side is
 * sent again, with backoff, up to the attempts; an entry it rejects as the sender's fault fails
 * at once. A request that fails as a whole, after the SDK's own retries, is sent again only when
 * it may succeed later (no answer, throttling, a 5xx); any other refusal (access denied, no such
 * queue, a batch too long) fails every entry it carried at once. Each message carries its id as
 * the {@code eventId} attribute, so that consumers can drop the duplicates at-least-once delivery
 * brings.
 */
public final class QueueSink {

    /** The most entries SQS takes in one batch. */
    public static final int MAX_ENTRIES = 10;
    /** The most body bytes SQS takes in one batch. */
    public static final int MAX_BATCH_BYTES = 256 * 1024;
    /** The message attribute that carries each message's id. */
    public static final String ID_ATTRIBUTE = "eventId";

    private final Supplier<SqsClient> client;
    private final String queueUrl;
    private final int maxAttempts;
    private final long initialBackoffMillis;

    private QueueSink(Supplier<SqsClient> client, String queueUrl, int maxAttempts, long initialBackoffMillis) {
        this.client = Objects.requireNonNull(client, "client");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoffMillis = initialBackoffMillis;
    }

    /**
     * @param client   the SQS client
     * @param queueUrl the queue
     * @return a sink that tries each entry up to 5 times, backing off from 50 ms
     */
    public static QueueSink create(SqsClient client, String queueUrl) {
        return create(client, queueUrl, 5, 50);
    }

    /**
     * @param client               the SQS client
     * @param queueUrl             the queue
     * @param maxAttempts          how many times an entry SQS failed on its side is sent
     * @param initialBackoffMillis the pause before the first resend, doubling each round
     * @return the sink
     */
    public static QueueSink create(SqsClient client, String queueUrl, int maxAttempts, long initialBackoffMillis) {
        Objects.requireNonNull(client, "client");
        return create(() -> client, queueUrl, maxAttempts, initialBackoffMillis);
    }

    /**
     * As {@link #create(SqsClient, String, int, long)}, with a client built on first use (in the
     * background of a cold start, see {@code FromEnv}).
     */
    public static QueueSink create(Supplier<SqsClient> client, String queueUrl, int maxAttempts,
                                   long initialBackoffMillis) {
        return new QueueSink(client, queueUrl, maxAttempts, initialBackoffMillis);
    }

    /**
     * One message to send.
     *
     * @param id   its id, sent as the {@link #ID_ATTRIBUTE} attribute
     * @param body its body, UTF-8 text
     */
    public record Message(String id, String body) {}

    /**
     * Sends the messages.
     *
     * @param messages the messages, in order
     * @return the positions (in {@code messages}) of those not sent, each with why; empty when all were
     */
    public Map<Integer, String> send(List<Message> messages) {
        Map<Integer, String> failed = new HashMap<>();
        int start = 0;
        while (start < messages.size()) {
            int end = start;
            long bytes = 0;
            while (end < messages.size() && end - start < MAX_ENTRIES) {
                long size = size(messages.get(end));
                if (end > start && bytes + size > MAX_BATCH_BYTES) {
                    break;
                }
                bytes += size;
                end++;
            }
            sendBatch(messages, start, end, failed);
            start = end;
        }
        return failed;
    }

    private void sendBatch(List<Message> messages, int from, int to, Map<Integer, String> failed) {
        List<Integer> pending = new ArrayList<>();
        for (int i = from; i < to; i++) {
            pending.add(i);
        }
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<Integer, String> retryable = new HashMap<>();
            try {
                SendMessageBatchResponse response = client.get().sendMessageBatch(r -> r.queueUrl(queueUrl)
                        .entries(pending.stream().map(i -> entry(i, messages.get(i))).toList()));
                for (BatchResultErrorEntry error : response.failed()) {
                    int position = Integer.parseInt(error.id());
                    String reason = error.code() + ": " + error.message();
                    if (Boolean.TRUE.equals(error.senderFault())) {
                        failed.put(position, reason);
                    } else {
                        retryable.put(position, reason);
                    }
                }
            } catch (SdkException e) {
                boolean later = mayPassLater(e);
                pending.forEach(i -> (later ? retryable : failed).put(i, (later ? "send failed: " : "refused: ")
                        + e.getMessage()));
            }
            pending.clear();
            if (retryable.isEmpty()) {
                return;
            }
            if (attempt >= maxAttempts || !Backoff.sleep(Backoff.delayMillis(attempt, initialBackoffMillis, 5_000))) {
                int attempts = attempt;
                retryable.forEach((i, reason) -> failed.put(i, "after " + attempts + " attempts, " + reason));
                return;
            }
            pending.addAll(retryable.keySet().stream().sorted().toList());
        }
    }

    /** No answer, throttling or a 5xx: the same request may pass later. */
    private static boolean mayPassLater(SdkException e) {
        if (e instanceof SdkServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof SdkClientException;
    }

    /** What SQS counts of a message against its limits: the body and the id attribute's name, type and value. */
    private static long size(Message message) {
        return message.body().getBytes(StandardCharsets.UTF_8).length + ID_ATTRIBUTE.length() + "String".length()
                + message.id().getBytes(StandardCharsets.UTF_8).length;
    }

    private static SendMessageBatchRequestEntry entry(int position, Message message) {
        return SendMessageBatchRequestEntry.builder()
                .id(Integer.toString(position))
                .messageBody(message.body())
                .messageAttributes(Map.of(ID_ATTRIBUTE, MessageAttributeValue.builder()
                        .dataType("String").stringValue(message.id()).build()))
                .build();
    }
}
