package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinesisEventsTest {
    @Test
    void parsesAFixtureAsLambdaDeliversIt() throws Exception {
        KinesisEvent event;
        try (InputStream in = getClass().getResourceAsStream("/events/kinesis-two-shards.json")) {
            event = KinesisEvents.fromJson(in);
        }

        assertThat(event.getRecords()).hasSize(6);
        KinesisEvent.KinesisEventRecord first = event.getRecords().get(0);
        assertThat(first.getEventID())
                .isEqualTo("shardId-000000000000:49590338271490256608559692538361571095921575989136588891");
        assertThat(first.getEventSourceARN()).isEqualTo("arn:aws:kinesis:eu-west-1:123456789012:stream/clicks");
        assertThat(first.getAwsRegion()).isEqualTo("eu-west-1");
        assertThat(first.getKinesis().getPartitionKey()).isEqualTo("user-1");
        assertThat(first.getKinesis().getApproximateArrivalTimestamp().getTime()).isEqualTo(1764236401500L);
        assertThat(StandardCharsets.UTF_8.decode(first.getKinesis().getData()).toString())
                .startsWith("{\"eventId\": \"e-1\"");
    }

    @Test
    void buildsRecordsTheWayTheLocalRunnerNeeds() {
        KinesisEvent event = KinesisEvents.of(List.of(KinesisEvents.record("arn:s", "shardId-000000000001", "42", "pk",
                null, new byte[] {1, 2})));

        KinesisEvent.KinesisEventRecord record = event.getRecords().get(0);
        assertThat(record.getEventID()).isEqualTo("shardId-000000000001:42");
        assertThat(record.getKinesis().getData().remaining()).isEqualTo(2);
    }

    @Test
    void namesTheMissingFieldOfABadFixture() {
        byte[] json = "{\"Records\":[{\"kinesis\":{\"sequenceNumber\":\"1\"}}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KinesisEvents.fromJson(new ByteArrayInputStream(json)))
                .hasMessageContaining("Records[0].kinesis.data");
    }
}
