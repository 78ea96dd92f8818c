package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinesisEventsTest {
    @Test
    void parsesAFixtureExactlyAsLambdasOwnSerializerDoes() throws Exception {
        KinesisEvent ours;
        KinesisEvent lambdas;
        try (InputStream in = getClass().getResourceAsStream("/events/kinesis-two-shards.json")) {
            ours = KinesisEvents.fromJson(in);
        }
        try (InputStream in = getClass().getResourceAsStream("/events/kinesis-two-shards.json")) {
            lambdas = LambdaEventSerializers.serializerFor(KinesisEvent.class, getClass().getClassLoader())
                    .fromJson(in);
        }

        assertThat(ours.getRecords()).hasSize(6);
        List<KinesisEvent.KinesisEventRecord> expected = lambdas.getRecords();
        for (int i = 0; i < expected.size(); i++) {
            KinesisEvent.KinesisEventRecord a = ours.getRecords().get(i);
            KinesisEvent.KinesisEventRecord b = expected.get(i);
            assertThat(a.getEventID()).isEqualTo(b.getEventID());
            assertThat(a.getEventSourceARN()).isEqualTo(b.getEventSourceARN());
            assertThat(a.getKinesis().getSequenceNumber()).isEqualTo(b.getKinesis().getSequenceNumber());
            assertThat(a.getKinesis().getPartitionKey()).isEqualTo(b.getKinesis().getPartitionKey());
            assertThat(a.getKinesis().getData()).isEqualTo(b.getKinesis().getData());
            assertThat(a.getKinesis().getApproximateArrivalTimestamp())
                    .isEqualTo(b.getKinesis().getApproximateArrivalTimestamp());
        }
    }

    @Test
    void namesTheMissingFieldOfABadFixture() {
        byte[] json = "{\"Records\":[{\"kinesis\":{\"sequenceNumber\":\"1\"}}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KinesisEvents.fromJson(new ByteArrayInputStream(json)))
                .hasMessageContaining("Records[0].kinesis.data");
    }
}
