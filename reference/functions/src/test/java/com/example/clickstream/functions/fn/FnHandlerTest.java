// Created by Stencil once; this file is yours. Regeneration never overwrites it.
package com.example.clickstream.functions.fn;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stencil.runtime.enrich.CidrGeoIpProvider;
import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.events.UserProfile;
import dev.stencil.runtime.kinesis.KinesisEvents;
import dev.stencil.runtime.opensearch.OpenSearchBulkSink;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FnHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bulk request bodies received, one NDJSON string per request. */
    private final List<String> bulkBodies = new ArrayList<>();
    private HttpServer openSearch;

    /** A stand-in for the OpenSearch bulk endpoint that accepts every document. */
    @BeforeEach
    void startOpenSearchStandIn() throws Exception {
        openSearch = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        openSearch.createContext("/clicks/_bulk", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bulkBodies.add(body);
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < body.split("\n").length / 2; i++) {
                items.append(i == 0 ? "" : ",").append("{\"index\":{\"status\":201}}");
            }
            byte[] response = ("{\"errors\":false,\"items\":[" + items + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        openSearch.start();
    }

    @AfterEach
    void stopOpenSearchStandIn() {
        openSearch.stop(0);
    }

    private FnHandler handler() {
        FnLogic logic = new FnLogic(
                CidrGeoIpProvider.builder().add("203.0.113.0/24", new GeoLocation("AU", "Sydney")).build(),
                userId -> "user-1".equals(userId)
                        ? Optional.of(new UserProfile("user-1", Map.of("segment", "pro")))
                        : Optional.empty());
        OpenSearchBulkSink sink = OpenSearchBulkSink.builder()
                .endpoint(URI.create("http://127.0.0.1:" + openSearch.getAddress().getPort()))
                .index("clicks")
                .build();
        return new FnHandler(logic, sink);
    }

    private static KinesisEvent fixture() throws Exception {
        try (InputStream in = FnHandlerTest.class.getResourceAsStream("/events/kinesis-event.json")) {
            return KinesisEvents.fromJson(in);
        }
    }

    @Test
    void indexesEveryValidClickAndReportsOnlyTheMalformedRecord() throws Exception {
        StreamsEventResponse response = handler().handleRequest(fixture(), null);

        assertThat(response.getBatchItemFailures())
                .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("49590338271490256608559692538361571095921575989136589002");
        assertThat(bulkBodies).hasSize(1);
        String[] lines = bulkBodies.get(0).split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("{\"index\":{\"_id\":\"e-1\"}}");
    }

    @Test
    void enrichesDocumentsWithGeoAndProfile() throws Exception {
        handler().handleRequest(fixture(), null);

        String[] lines = bulkBodies.get(0).split("\n");
        JsonNode first = JSON.readTree(lines[1]);
        assertThat(first.at("/geo/country").asText()).isEqualTo("AU");
        assertThat(first.at("/geo/city").asText()).isEqualTo("Sydney");
        assertThat(first.at("/profile/segment").asText()).isEqualTo("pro");
        JsonNode second = JSON.readTree(lines[3]);
        assertThat(second.has("geo")).isFalse();
        assertThat(second.get("profile").isEmpty()).isTrue();
    }
}
