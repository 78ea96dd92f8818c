package dev.stencil.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.internal.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private final ClickEvent click = new ClickEvent("e-1", "user-42", "s-7f3a", "/products/42",
            "https://example.com/", "203.0.113.7", "Mozilla/5.0", 1764236400000L);

    @Test
    void clickEventRoundTripsThroughTheDocumentedJsonShape() throws Exception {
        String json = "{\"eventId\":\"e-1\",\"userId\":\"user-42\",\"sessionId\":\"s-7f3a\",\"page\":\"/products/42\","
                + "\"referrer\":\"https://example.com/\",\"ip\":\"203.0.113.7\",\"userAgent\":\"Mozilla/5.0\","
                + "\"timestamp\":1764236400000}";

        assertThat(Json.MAPPER.readValue(json, ClickEvent.class)).isEqualTo(click);
        assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(click))).isEqualTo(Json.MAPPER.readTree(json));
    }

    @Test
    void enrichedClickCarriesGeoProfileAndAnIsoTimestamp() throws Exception {
        EnrichedClick doc = EnrichedClick.of(click, new GeoLocation("AU", "Sydney"),
                new UserProfile("user-42", Map.of("segment", "pro")));

        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(doc));

        assertThat(json.get("eventId").asText()).isEqualTo("e-1");
        assertThat(json.get("@timestamp").asText()).isEqualTo("2025-11-27T09:40:00Z");
        assertThat(json.get("geo").get("country").asText()).isEqualTo("AU");
        assertThat(json.get("geo").get("city").asText()).isEqualTo("Sydney");
        assertThat(json.get("profile").get("segment").asText()).isEqualTo("pro");
        assertThat(Json.MAPPER.treeToValue(json, EnrichedClick.class)).isEqualTo(doc);
    }

    @Test
    void enrichedClickLeavesOutUnknownGeoAndHasAnEmptyProfile() throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(EnrichedClick.of(click, null, null)));

        assertThat(json.has("geo")).isFalse();
        assertThat(json.get("profile").size()).isZero();
    }
}
