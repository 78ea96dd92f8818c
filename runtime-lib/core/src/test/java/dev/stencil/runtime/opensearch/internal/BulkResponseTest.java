package dev.stencil.runtime.opensearch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BulkResponseTest {
    private static BulkResponse parse(String json) {
        return BulkResponse.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsStatusAndErrorOfEachItem() {
        BulkResponse response = parse("{\"took\":3,\"errors\":true,\"items\":["
                + "{\"index\":{\"_id\":\"a\",\"status\":201,\"_shards\":{\"total\":2}}},"
                + "{\"index\":{\"_id\":\"b\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\","
                + "\"reason\":\"queue full\",\"caused_by\":{\"type\":\"x\"}}}},"
                + "{\"index\":{\"status\":\"400\",\"error\":{\"type\":\"mapper_parsing_exception\"}}},"
                + "{\"create\":{\"status\":500,\"error\":\"boom\"}},"
                + "{},"
                + "{\"index\":7}]}");

        assertThat(response.errors()).isTrue();
        assertThat(response.items()).containsExactly(
                new BulkResponse.Item(201, "unknown", "no error given"),
                new BulkResponse.Item(429, "es_rejected_execution_exception", "queue full"),
                new BulkResponse.Item(400, "mapper_parsing_exception", ""),
                new BulkResponse.Item(500, "unknown", ""),
                new BulkResponse.Item(0, "unknown", "no error given"),
                new BulkResponse.Item(0, "unknown", "no error given"));
    }

    @Test
    void errorsDefaultsToTrue() {
        assertThat(parse("{\"items\":[]}").errors()).isTrue();
        assertThat(parse("{\"errors\":false,\"items\":[]}").errors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"errors\":false}", "{\"items\":{}}", "{\"items\":[]} trailing", "{\"items\":[",
        "<html>"})
    void isNullForWhatIsNotABulkResponse(String body) {
        assertThat(parse(body)).isNull();
    }
}
