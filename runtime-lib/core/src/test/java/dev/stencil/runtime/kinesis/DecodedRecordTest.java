package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecodedRecordTest {

    @Test
    void aShardIsQualifiedByTheStreamItCameFromBecauseShardIdsRepeatInEveryStream() {
        DecodedRecord<String> raw = new DecodedRecord<>("shardId-000000000000", "1", 0, "pk", null, "v",
                "arn:aws:kinesis:us-east-1:000000000000:stream/Raw");
        DecodedRecord<String> alerts = new DecodedRecord<>("shardId-000000000000", "1", 0, "pk", null, "v",
                "arn:aws:kinesis:us-east-1:000000000000:stream/Alerts");

        assertThat(raw.qualifiedShardId()).isEqualTo("Raw/shardId-000000000000");
        assertThat(alerts.qualifiedShardId()).isNotEqualTo(raw.qualifiedShardId());
    }

    @Test
    void aRecordWithoutItsStreamKeepsThePlainShardId() {
        assertThat(new DecodedRecord<>("shardId-000000000001", "1", 0, "pk", null, "v").qualifiedShardId())
                .isEqualTo("shardId-000000000001");
    }
}
