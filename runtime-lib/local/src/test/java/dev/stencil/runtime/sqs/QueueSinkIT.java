package dev.stencil.runtime.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.kinesis.BatchResult;
import dev.stencil.runtime.kinesis.DecodedRecord;
import dev.stencil.runtime.kinesis.RecordFailure;
import dev.stencil.runtime.local.ElasticMqLocal;
import dev.stencil.runtime.local.LocalClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The queue sink and its processor against ElasticMQ, a real SQS implementation. */
class QueueSinkIT {

    private static ElasticMqLocal elasticMq;
    private static SqsClient sqs;

    @BeforeAll
    static void start() {
        elasticMq = ElasticMqLocal.start("us-east-1");
        sqs = LocalClients.sqs(elasticMq);
    }

    @AfterAll
    static void stop() {
        sqs.close();
        elasticMq.close();
    }

    private static String queue() {
        return sqs.createQueue(r -> r.queueName("q-" + UUID.randomUUID())).queueUrl();
    }

    /** Every message in the queue, each received once (hidden from later receives for 5 minutes). */
    private static List<Message> drain(String queueUrl) {
        List<Message> all = new ArrayList<>();
        while (true) {
            List<Message> some = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .visibilityTimeout(300).messageAttributeNames("All")).messages();
            if (some.isEmpty()) {
                return all;
            }
            all.addAll(some);
        }
    }

    @Test
    void sendsEveryMessageInBatchesOfTenWithItsId() {
        String queueUrl = queue();
        List<QueueSink.Message> messages = IntStream.range(0, 25)
                .mapToObj(i -> new QueueSink.Message("e-" + i, "{\"n\":" + i + "}")).toList();

        assertThat(QueueSink.create(sqs, queueUrl).send(messages)).isEmpty();

        List<Message> received = drain(queueUrl);
        assertThat(received).hasSize(25);
        assertThat(received).extracting(m -> m.messageAttributes().get(QueueSink.ID_ATTRIBUTE).stringValue())
                .containsExactlyInAnyOrderElementsOf(messages.stream().map(QueueSink.Message::id).toList());
        assertThat(received).extracting(Message::body).contains("{\"n\":0}", "{\"n\":24}");
    }

    @Test
    void splitsBatchesSoThatNoneCarriesMoreThan256KiB() {
        String queueUrl = queue();
        String big = "x".repeat(100 * 1024);
        List<QueueSink.Message> messages = IntStream.range(0, 5)
                .mapToObj(i -> new QueueSink.Message("e-" + i, "\"" + big + "\"")).toList();

        assertThat(QueueSink.create(sqs, queueUrl).send(messages)).isEmpty();

        assertThat(drain(queueUrl)).hasSize(5);
    }

    @Test
    void aBatchSqsRefusesFailsItsOwnMessagesAndNoOthers() {
        String queueUrl = queue();
        List<QueueSink.Message> messages = new ArrayList<>(IntStream.range(0, 10)
                .mapToObj(i -> new QueueSink.Message("e-" + i, "{}")).toList());
        messages.add(new QueueSink.Message("bad", "\uFFFF is no character SQS takes"));

        Map<Integer, String> failed = QueueSink.create(sqs, queueUrl, 2, 1).send(messages);

        assertThat(failed).containsOnlyKeys(10);
        assertThat(drain(queueUrl)).hasSize(10);
    }

    @Test
    void aQueueThatIsNotThereFailsEveryMessageAtOnce() {
        String queueUrl = queue();
        sqs.deleteQueue(r -> r.queueUrl(queueUrl));

        // Backing off a minute between attempts: only an answer that fails at once ends this test.
        Map<Integer, String> failed = QueueSink.create(sqs, queueUrl, 5, 60_000)
                .send(List.of(new QueueSink.Message("a", "{}"), new QueueSink.Message("b", "{}")));

        assertThat(failed).containsOnlyKeys(0, 1);
        assertThat(failed.get(0)).startsWith("refused:").contains("Status Code: 400");
    }

    @Test
    void theProcessorSendsEachRecordsMessageAndFailsOnlyTheRecordItsFunctionRejects() {
        String queueUrl = queue();
        MessageProcessor<String> processor = MessageProcessor.create(page -> {
            if (page.isEmpty()) {
                throw new IllegalArgumentException("no page");
            }
            return page.equals("/skip") ? null : Map.of("page", page);
        }, page -> "id" + page, QueueSink.create(sqs, queueUrl));
        List<DecodedRecord<String>> records = List.of(record("1", "/a"), record("2", ""), record("3", "/skip"),
                record("4", "/b"));

        BatchResult result = processor.process(records);

        assertThat(result.failures()).extracting(RecordFailure::sequenceNumber).containsExactly("2");
        assertThat(result.failures().get(0).reason()).contains("no page");
        assertThat(drain(queueUrl)).extracting(Message::body)
                .containsExactlyInAnyOrder("{\"page\":\"/a\"}", "{\"page\":\"/b\"}");
    }

    private static DecodedRecord<String> record(String sequenceNumber, String value) {
        return new DecodedRecord<>("shardId-000000000000", sequenceNumber, 0, "k", null, value);
    }
}
