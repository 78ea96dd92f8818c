package dev.stencil.local;

import dev.stencil.runtime.sqs.QueueSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Reads back what senders put into a local queue, as a consumer would receive it. */
final class LocalQueue {

    /** Long enough that no message received once is received again while the queue is read. */
    private static final int HIDDEN_SECONDS = 3_600;

    private LocalQueue() {
    }

    /**
     * Receives every message of the queue once (hiding each for an hour) and counts them by the
     * event id they carry; a message without one counts under the empty id.
     *
     * @param sqs      the local SQS
     * @param queueUrl the queue
     * @return how many messages carried each id
     */
    static Map<String, Long> eventIds(SqsClient sqs, String queueUrl) {
        Map<String, Long> ids = new HashMap<>();
        while (true) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .visibilityTimeout(HIDDEN_SECONDS).messageAttributeNames(QueueSink.ID_ATTRIBUTE)).messages();
            if (messages.isEmpty()) {
                return ids;
            }
            for (Message message : messages) {
                MessageAttributeValue id = message.messageAttributes().get(QueueSink.ID_ATTRIBUTE);
                ids.merge(id == null ? "" : id.stringValue(), 1L, Long::sum);
            }
        }
    }
}
