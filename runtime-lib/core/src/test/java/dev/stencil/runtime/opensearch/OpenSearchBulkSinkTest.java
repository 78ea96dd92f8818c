package dev.stencil.runtime.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.opensearch.ScriptedBulkServer.Request;
import dev.stencil.runtime.opensearch.ScriptedBulkServer.Response;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class OpenSearchBulkSinkTest {
    private final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
    /** The sink's clock: only its backoff moves it, so time-bounded retries are counted exactly. */
    private final AtomicLong sleptNanos = new AtomicLong();

    private OpenSearchBulkSink.Builder sink(URI endpoint) {
        return OpenSearchBulkSink.builder().endpoint(endpoint).index("clicks")
                .sleeper(millis -> {
                    sleeps.add(millis);
                    sleptNanos.addAndGet(Duration.ofMillis(millis).toNanos());
                })
                .nanoTime(sleptNanos::get)
                .random(bound -> bound - 1);
    }

    private static URI nothingListening() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    private static List<BulkDocument> documents(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new BulkDocument("e-" + i, Map.of("eventId", "e-" + i, "n", i))).toList();
    }

    private static Function<Request, Response> allOk() {
        return r -> Response.of(200, ScriptedBulkServer.bulkResponse(r.ids(), id -> 201));
    }

    @Test
    void sendsNdjsonWithTheDocumentIdsToTheIndexBulkEndpoint() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(allOk())) {
            BulkResult result = sink(server.endpoint()).build()
                    .index(List.of(new BulkDocument("a\"b", Map.of("k", "v")), new BulkDocument("c", List.of(1))));

            assertThat(result.allIndexed()).isTrue();
            assertThat(result.requests()).isEqualTo(1);
            Request request = server.requests.get(0);
            assertThat(request.path()).isEqualTo("/clicks/_bulk");
            assertThat(request.headers().get("Content-type")).containsExactly("application/x-ndjson");
            assertThat(request.body()).isEqualTo("{\"index\":{\"_id\":\"a\\\"b\"}}\n{\"k\":\"v\"}\n"
                    + "{\"index\":{\"_id\":\"c\"}}\n[1]\n");
        }
    }

    @Test
    void putsTheIndexTemplateOnceBeforeTheFirstDocuments() throws Exception {
        String mappings = "{\"dynamic\":\"strict\",\"properties\":{\"n\":{\"type\":\"integer\"}}}";
        AtomicInteger refusals = new AtomicInteger(1);
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> !r.path().startsWith("/_index_template/")
                ? allOk().apply(r) : refusals.getAndDecrement() > 0 ? Response.of(400, "{\"error\":\"bad\"}")
                : Response.of(200, "{\"acknowledged\":true}"))) {
            OpenSearchBulkSink sink = sink(server.endpoint()).mappings(mappings).build();

            BulkResult refused = sink.index(documents(2));
            BulkResult first = sink.index(documents(2));
            BulkResult second = sink.index(documents(1));

            assertThat(refused.failures()).extracting(BulkItemFailure::errorType).containsExactly("index_template",
                    "index_template");
            assertThat(first.allIndexed()).isTrue();
            assertThat(second.allIndexed()).isTrue();
            assertThat(server.requests).extracting(Request::path).containsExactly("/_index_template/stencil-clicks",
                    "/_index_template/stencil-clicks", "/clicks/_bulk", "/clicks/_bulk");
            assertThat(server.requests.get(1).body()).isEqualTo("{\"index_patterns\":[\"clicks\"],\"priority\":100,"
                    + "\"template\":{\"mappings\":" + mappings + "}}");
        }
    }

    @Test
    void retriesTheIndexTemplateWhileTheDomainIsUnavailable() throws Exception {
        AtomicInteger unavailable = new AtomicInteger(3);
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> !r.path().startsWith("/_index_template/")
                ? allOk().apply(r) : unavailable.getAndDecrement() > 0 ? Response.of(502, "bad gateway")
                : Response.of(200, "{\"acknowledged\":true}"))) {
            BulkResult result = sink(server.endpoint()).mappings("{}").build().index(documents(2));

            assertThat(result.allIndexed()).isTrue();
            assertThat(server.requests).extracting(Request::path).containsExactly("/_index_template/stencil-clicks",
                    "/_index_template/stencil-clicks", "/_index_template/stencil-clicks",
                    "/_index_template/stencil-clicks", "/clicks/_bulk");
        }
    }

    @Test
    void cutsRequestsAtTheDocumentCountAndByteLimits() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(allOk())) {
            BulkResult byCount = sink(server.endpoint()).maxDocumentsPerRequest(4).build().index(documents(10));
            assertThat(byCount.requests()).isEqualTo(3);
            assertThat(server.requests).extracting(r -> r.ids().size()).containsExactly(4, 4, 2);

            server.requests.clear();
            int entryBytes = ("{\"index\":{\"_id\":\"e-0\"}}\n" + "{\"eventId\":\"e-0\",\"n\":0}\n").length();
            BulkResult byBytes = sink(server.endpoint()).maxBytesPerRequest(entryBytes * 3L).build()
                    .index(documents(7));
            assertThat(byBytes.allIndexed()).isTrue();
            assertThat(server.requests).extracting(r -> r.ids().size()).containsExactly(3, 3, 1);
            assertThat(server.requests).allSatisfy(r -> assertThat(r.body().length()).isLessThanOrEqualTo(entryBytes * 3));
        }
    }

    @Test
    void sendsADocumentLargerThanTheByteLimitAlone() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(allOk())) {
            List<BulkDocument> docs = List.of(new BulkDocument("small", "x"),
                    new BulkDocument("big", "y".repeat(1000)), new BulkDocument("small2", "z"));

            BulkResult result = sink(server.endpoint()).maxBytesPerRequest(200).build().index(docs);

            assertThat(result.allIndexed()).isTrue();
            assertThat(server.requests).extracting(Request::ids)
                    .containsExactly(List.of("small"), List.of("big"), List.of("small2"));
        }
    }

    @Test
    void retriesOnlyTheItemsThatWereThrottledAndReportsPermanentItemFailures() throws Exception {
        Set<String> throttledOnce = ConcurrentHashMap.newKeySet();
        throttledOnce.addAll(List.of("e-1", "e-3"));
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> Response.of(200,
                ScriptedBulkServer.bulkResponse(r.ids(), id -> id.equals("e-2") ? 400
                        : throttledOnce.remove(id) ? 429 : 201)))) {
            BulkResult result = sink(server.endpoint()).build().index(documents(5));

            assertThat(server.requests).extracting(Request::ids)
                    .containsExactly(List.of("e-0", "e-1", "e-2", "e-3", "e-4"), List.of("e-1", "e-3"));
            assertThat(result.failures()).containsExactly(
                    new BulkItemFailure(2, "e-2", 400, "mapper_parsing_exception", "because"));
            assertThat(result.requests()).isEqualTo(2);
        }
    }

    @Test
    void retriesWholeRequestsOn503WithGrowingJitteredBackoff() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> calls.incrementAndGet() <= 3
                ? Response.of(503, "{\"error\":\"unavailable\"}")
                : Response.of(200, ScriptedBulkServer.bulkResponse(r.ids(), id -> 201)))) {
            BulkResult result = sink(server.endpoint()).backoff(Duration.ofMillis(100), Duration.ofMillis(300))
                    .build().index(documents(3));

            assertThat(result.allIndexed()).isTrue();
            assertThat(result.requests()).isEqualTo(4);
            // ceiling 100, 200, 300 (capped); delay = ceiling/2 + random(0..ceiling/2), random at its top here.
            assertThat(sleeps).containsExactly(100L, 200L, 300L);
        }
    }

    @Test
    void backoffIsAtLeastHalfTheCeilingWhenTheRandomPartIsZero() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> Response.of(500, ""))) {
            BulkResult result = sink(server.endpoint()).random(bound -> 0).maxAttempts(3)
                    .backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).build().index(documents(2));

            assertThat(sleeps).containsExactly(50L, 100L);
            assertThat(result.failures()).extracting(BulkItemFailure::status).containsExactly(500, 500);
            assertThat(result.failures()).extracting(BulkItemFailure::errorType).containsOnly("http_500");
        }
    }

    @Test
    void honoursRetryAfterUpToTheBackoffCeiling() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> calls.incrementAndGet() == 1
                ? new Response(429, "", Map.of("Retry-After", "2"))
                : Response.of(200, ScriptedBulkServer.bulkResponse(r.ids(), id -> 201)))) {
            sink(server.endpoint()).backoff(Duration.ofMillis(10), Duration.ofSeconds(5)).build().index(documents(1));

            assertThat(sleeps).containsExactly(2000L);
        }
    }

    @Test
    void reportsEveryDocumentWhenTheServerCannotBeReached() throws Exception {
        BulkResult result = sink(nothingListening()).maxAttempts(3).unreachableWait(Duration.ZERO).build()
                .index(documents(3));

        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.failures()).extracting(BulkItemFailure::position).containsExactly(0, 1, 2);
        assertThat(result.failures()).allSatisfy(f -> {
            assertThat(f.status()).isZero();
            assertThat(f.errorType()).isEqualTo("connection_error");
        });
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void triesADomainThatDoesNotAnswerPastItsAttemptsUntilTheUnreachableWaitHasPassed() throws Exception {
        BulkResult result = sink(nothingListening()).maxAttempts(2)
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(5)).unreachableWait(Duration.ofSeconds(12))
                .build().index(documents(2));

        // 100, 200, 400, ... capped at 5 s, until 12 s have passed: 0.1 + 0.2 + 0.4 + 0.8 + 1.6 + 3.2 + 5 + 5.
        assertThat(sleeps).containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
        assertThat(result.requests()).isEqualTo(9);
        assertThat(result.failures()).extracting(BulkItemFailure::errorType).containsOnly("connection_error");
    }

    @Test
    void indexesEverythingOnceADomainAnsweringServiceUnavailableComesBack() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> calls.incrementAndGet() <= 7
                ? Response.of(503, "{\"error\":\"unavailable\"}")
                : Response.of(200, ScriptedBulkServer.bulkResponse(r.ids(), id -> 201)))) {
            BulkResult result = sink(server.endpoint()).maxAttempts(3).build().index(documents(4));

            assertThat(result.allIndexed()).isTrue();
            assertThat(result.requests()).isEqualTo(8);
        }
    }

    @Test
    void doesNotWaitPastItsAttemptsForAnErrorTheDomainAnswers() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> Response.of(500, "boom"))) {
            BulkResult result = sink(server.endpoint()).maxAttempts(3).unreachableWait(Duration.ofMinutes(5))
                    .build().index(documents(1));

            assertThat(result.requests()).isEqualTo(3);
            assertThat(result.failures()).extracting(BulkItemFailure::errorType).containsExactly("http_500");
        }
    }

    @Test
    void doesNotRetryARequestTheServerRejects() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> Response.of(403, "{\"message\":\"denied\"}"))) {
            BulkResult result = sink(server.endpoint()).build().index(documents(2));

            assertThat(server.requests).hasSize(1);
            assertThat(result.failures()).extracting(BulkItemFailure::reason).containsOnly("{\"message\":\"denied\"}");
        }
    }

    @Test
    void treatsAResponseWithTheWrongNumberOfItemsAsRetryable() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ScriptedBulkServer server = new ScriptedBulkServer(r -> calls.incrementAndGet() == 1
                ? Response.of(200, "{\"errors\":false,\"items\":[]}")
                : Response.of(200, ScriptedBulkServer.bulkResponse(r.ids(), id -> 201)))) {
            BulkResult result = sink(server.endpoint()).build().index(documents(2));

            assertThat(result.allIndexed()).isTrue();
            assertThat(server.requests).hasSize(2);
        }
    }

    @Test
    void signsRequestsWhenASignerIsGiven() throws Exception {
        try (ScriptedBulkServer server = new ScriptedBulkServer(allOk())) {
            AwsSigV4Signer signer = AwsSigV4Signer.create(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                    "eu-west-1", "es");

            sink(server.endpoint()).signer(signer).build().index(documents(1));

            Map<String, List<String>> headers = server.requests.get(0).headers();
            assertThat(headers.get("Authorization").get(0))
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                    .contains("/eu-west-1/es/aws4_request")
                    .contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date")
                    .containsPattern("Signature=[0-9a-f]{64}$");
            assertThat(headers).containsKey("X-amz-date");
            byte[] sha = MessageDigest.getInstance("SHA-256")
                    .digest(server.requests.get(0).body().getBytes(StandardCharsets.UTF_8));
            assertThat(headers.get("X-amz-content-sha256")).containsExactly(HexFormat.of().formatHex(sha));
        }
    }

    @Test
    void rejectsInvalidConfiguration() {
        assertThatThrownBy(() -> OpenSearchBulkSink.builder().endpoint(URI.create("http://x")).index("a/b").build())
                .hasMessageContaining("plain index name");
        assertThatThrownBy(() -> OpenSearchBulkSink.builder().index("a").build()).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> OpenSearchBulkSink.builder().endpoint(URI.create("http://x")).index("a")
                .maxAttempts(0).build()).hasMessageContaining("positive");
    }
}
