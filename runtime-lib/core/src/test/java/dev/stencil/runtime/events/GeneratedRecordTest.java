package dev.stencil.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.bench.generated.Order;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.RecordDecodeException;
import dev.stencil.runtime.opensearch.BulkDocument;
import dev.stencil.runtime.opensearch.internal.BulkEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A record as Stencil generates it for a declared schema ({@code samples/schemas/order.avsc}, copied
 * into {@code bench.generated}) read by its streaming reader and written by {@link JsonOut}: the same
 * events as Jackson's data binding reads and writes, and the same refusals.
 */
class GeneratedRecordTest {

    private static final String ORDER = "{\"eventId\":\"e-1\",\"orderId\":\"o-1\",\"customerId\":\"c-1\","
            + "\"productId\":\"p-100\",\"quantity\":2,\"amount\":19.5,\"currency\":\"EUR\",\"status\":\"SHIPPED\","
            + "\"placedAt\":1767225600000,\"coupon\":null}";

    private final JsonRecordDecoder<Order> streaming = JsonRecordDecoder.of(Order.class, Order.READER);
    private final JsonRecordDecoder<Order> binding = JsonRecordDecoder.of(Order.class);

    private static ByteBuffer bytes(String json) {
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsWhatDataBindingReadsAndSkipsWhatTheSchemaDoesNotHave() {
        String withExtras = ORDER.replace("{\"eventId\"", "{\"context\":{\"tags\":[1,{\"a\":null}]},\"eventId\"");

        assertThat(streaming.decode(bytes(withExtras))).isEqualTo(binding.decode(bytes(ORDER)))
                .isEqualTo(new Order("e-1", "o-1", "c-1", "p-100", 2, 19.5, "EUR", "SHIPPED", 1_767_225_600_000L, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no eventId | \"eventId\":\"e-1\", | ",
        "no quantity | \"quantity\":2, | ",
        "null quantity | \"quantity\":2 | \"quantity\":null",
        "quantity a word | \"quantity\":2 | \"quantity\":\"two\"",
        "amount a word | \"amount\":19.5 | \"amount\":\"lots\"",
        "status not a symbol | SHIPPED | SENT",
        "eventId a number | \"e-1\" | 1",
        "null eventId | \"e-1\" | null"})
    void refusesAnEventTheSchemaDoesNotAllow(String what, String from, String to) {
        String bad = ORDER.replace(from, to == null ? "" : to);

        assertThatThrownBy(() -> streaming.decode(bytes(bad))).as(what).isInstanceOf(RecordDecodeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"not JSON | \u0000not JSON", "JSON null | null", "an array | [1]",
        "two objects | {} {}", "a string | \"order\""})
    void refusesWhatIsNoEvent(String what, String payload) {
        assertThatThrownBy(() -> streaming.decode(bytes(payload))).as(what).isInstanceOf(RecordDecodeException.class);
    }

    @Test
    void writesWhatDataBindingWrites() throws Exception {
        Order order = streaming.decode(bytes(ORDER.replace("\"coupon\":null", "\"coupon\":\"SPRING \\\"26\\\"\"")));
        List<ByteBuffer> bodies = new ArrayList<>();
        BulkEncoder.chunks(List.of(new BulkDocument("e-1", order)), 10, 1 << 20, chunk -> {
            ByteBuffer body = chunk.body();
            byte[] copy = new byte[body.remaining()];
            body.get(copy);
            bodies.add(ByteBuffer.wrap(copy));
        });
        String[] lines = StandardCharsets.UTF_8.decode(bodies.get(0)).toString().split("\n");

        assertThat(lines[0]).isEqualTo("{\"index\":{\"_id\":\"e-1\"}}");
        JsonNode written = Json.MAPPER.readTree(lines[1]);
        assertThat(written).isEqualTo(Json.MAPPER.valueToTree(order));
        assertThat(streaming.decode(bytes(lines[1]))).isEqualTo(order);
    }

    @Test
    void anEnrichedEventIsWrittenWithItsLookupsByTheEncoderAndByDataBinding() throws Exception {
        Order order = streaming.decode(bytes(ORDER));
        Map<String, Object> customer = new java.util.LinkedHashMap<>();
        customer.put("customerId", "c-1");
        customer.put("name", "Ada \"A\"");
        customer.put("since", 2019L);
        customer.put("discount", 0.15);
        customer.put("tags", List.of("a", Map.of("b", true)));
        customer.put("none", null);
        EnrichedEvent<Order> enriched = EnrichedEvent.of(order).with("customer", Optional.of(customer))
                .with("region", Optional.empty());

        JsonNode written = Json.MAPPER.readTree(written(enriched::writeJson));

        assertThat(written).isEqualTo(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(enriched)));
        assertThat(written.path("customer").path("name").asText()).isEqualTo("Ada \"A\"");
        assertThat(written.has("region")).isFalse();
        assertThat(streaming.decode(bytes(written.toString()))).isEqualTo(order);
    }

    @Test
    void aValueOfAnyShapeIsReadAsATreeAndTheFieldsAfterItStillRead() throws Exception {
        try (com.fasterxml.jackson.core.JsonParser p = Json.MAPPER.createParser("{\"a\":{\"x\":[1,{\"y\":null}]},\"b\":2}")) {
            JsonFields.startObject(p, Object.class);
            assertThat(p.nextFieldName()).isEqualTo("a");
            p.nextToken();
            assertThat(JsonFields.tree(p)).isEqualTo(Json.MAPPER.readTree("{\"x\":[1,{\"y\":null}]}"));
            assertThat(p.nextFieldName()).isEqualTo("b");
            p.nextToken();
            assertThat(JsonFields.intValue(p, "b")).isEqualTo(2);
        }
    }

    @Test
    void numbersJsonCannotHoldAreWrittenAsNull() {
        assertThat(written(out -> out.object().field("a").number(Double.NaN).field("b").number(2.0)
                .field("c").number(0.1).field("d").number((Number) null).field("e").bool(Boolean.TRUE).end()))
                .isEqualTo("{\"a\":null,\"b\":2.0,\"c\":0.1,\"d\":null,\"e\":true}");
    }

    private static String written(java.util.function.Consumer<JsonOut> writes) {
        dev.stencil.runtime.internal.JsonBytes bytes = new dev.stencil.runtime.internal.JsonBytes(64);
        writes.accept(new JsonOut(bytes));
        return new String(bytes.array(), 0, bytes.size(), StandardCharsets.UTF_8);
    }
}
