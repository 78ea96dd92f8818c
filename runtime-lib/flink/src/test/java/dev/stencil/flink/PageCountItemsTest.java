package dev.stencil.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequest;
import org.apache.flink.connector.dynamodb.sink.DynamoDbWriteRequestType;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageCountItemsTest {

    @Test
    void writesOneItemPerPageAndWindowKeyedByPageAndWindowStartMillis() {
        long start = Instant.parse("2026-01-01T10:00:00Z").toEpochMilli();

        DynamoDbWriteRequest request =
                new PageCountItems().apply(new PageCount("/home", start, start + 60_000, 3), null);

        assertEquals(DynamoDbWriteRequestType.PUT, request.getType());
        assertEquals(Map.of(
                "page", AttributeValue.fromS("/home"),
                "windowStart", AttributeValue.fromN(Long.toString(start)),
                "windowEnd", AttributeValue.fromS("2026-01-01T10:01:00Z"),
                "clicks", AttributeValue.fromN("3")), request.getItem());
    }
}
