package dev.stencil.runtime.opensearch;

import dev.stencil.runtime.internal.Backoff;
import dev.stencil.runtime.internal.DryRun;
import dev.stencil.runtime.internal.Entropy;
import dev.stencil.runtime.internal.Pools;
import dev.stencil.runtime.internal.Prebuilt;
import dev.stencil.runtime.opensearch.internal.BulkEncoder;
import dev.stencil.runtime.opensearch.internal.BulkResponse;
import dev.stencil.runtime.opensearch.internal.DryRunEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Writes documents to one OpenSearch index with the bulk API over plain {@code java.net.http}.
 *
 * <ul>
 *   <li>Requests are cut at {@code maxDocumentsPerRequest} documents or {@code maxBytesPerRequest} bytes,
 *       whichever comes first (a single larger document goes alone).</li>
 *   <li>HTTP 429, 5xx and connection errors are retried up to {@code maxAttempts} times per request with
 *       exponential backoff and jitter (half the delay fixed, half random; a larger {@code Retry-After}
 *       is honoured up to {@code maxBackoff}). Within a successful response only the items that failed
 *       with 429 or 5xx are sent again.</li>
 *   <li>A domain that does not answer (connection errors, HTTP 502, 503 and 504) is tried on past
 *       {@code maxAttempts}, at the backoff ceiling, until {@code unreachableWait} has passed since the
 *       request was first sent (default 30 s, half a function's default timeout): a blue/green deployment
 *       or a node replacement leaves a domain unreachable for tens of seconds, and a sink that gave up
 *       sooner would spend the event source mapping's retries, and send good records to the on-failure
 *       destination, for an outage that ends by itself.</li>
 *   <li>Each document is indexed under its own id, so a retry overwrites instead of duplicating.</li>
 *   <li>Server and network failures are never thrown: every document not indexed comes back in
 *       {@link BulkResult#failures()} with its position in the input.</li>
 * </ul>
 *
 * <pre>{@code
 * OpenSearchBulkSink sink = OpenSearchBulkSink.builder()
 *         .endpoint(URI.create("https://search-clicks.eu-west-1.es.amazonaws.com"))
 *         .index("clicks")
 *         .httpClient(HttpClient.newHttpClient())
 *         .signer(AwsSigV4Signer.forOpenSearchService("eu-west-1"))
 *         .build();
 * BulkResult result = sink.index(List.of(new BulkDocument(event.eventId(), document)));
 * }</pre>
 *
 * <p>Thread-safe; build one per Lambda execution environment.
 */
public final class OpenSearchBulkSink {
    private static final String NDJSON = "application/x-ndjson";
    private final URI bulkUri;
    private volatile Supplier<HttpClient> httpClient;
    private final int maxDocumentsPerRequest;
    private final long maxBytesPerRequest;
    private final int maxAttempts;
    private final long initialBackoffMillis;
    private final long maxBackoffMillis;
    private final long unreachableWaitNanos;
    private final Duration requestTimeout;
    private final RequestSigner signer;
    private final Sleeper sleeper;
    private final LongUnaryOperator random;
    private final LongSupplier nanoTime;
    private final URI templateUri;
    private final byte[] template;
    private volatile boolean templated;

    private OpenSearchBulkSink(Builder b) {
        String base = b.endpoint.toString();
        base = base.endsWith("/") ? base : base + "/";
        this.bulkUri = URI.create(base + b.index + "/_bulk");
        this.templateUri = URI.create(base + "_index_template/stencil-" + b.index);
        this.template = b.mappings == null ? null : ("{\"index_patterns\":[\"" + b.index + "\"],\"priority\":100,"
                + "\"template\":{\"mappings\":" + b.mappings + "}}").getBytes(StandardCharsets.UTF_8);
        this.templated = template == null;
        HttpClient given = b.httpClient;
        if (given != null) {
            this.httpClient = () -> given;
        } else {
            this.httpClient = ownClient();
            Pools.register(this, sink -> sink.httpClient = ownClient());
        }
        this.maxDocumentsPerRequest = b.maxDocumentsPerRequest;
        this.maxBytesPerRequest = b.maxBytesPerRequest;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoffMillis = b.initialBackoff.toMillis();
        this.maxBackoffMillis = b.maxBackoff.toMillis();
        this.unreachableWaitNanos = b.unreachableWait.toNanos();
        this.requestTimeout = b.requestTimeout;
        this.signer = b.signer;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.nanoTime = b.nanoTime;
    }

    private static Supplier<HttpClient> ownClient() {
        return Prebuilt.start("stencil-opensearch-http-client",
                () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The URI bulk requests go to: {@code <endpoint>/<index>/_bulk}. */
    public URI bulkUri() {
        return bulkUri;
    }

    /**
     * Indexes the documents, retrying as described above, and reports those that were not indexed.
     *
     * @throws OpenSearchSinkException if a document cannot be serialized to JSON
     */
    public BulkResult index(List<BulkDocument> documents) {
        if (!templated && !DryRun.active()) {
            Optional<String> problem = putTemplate();
            if (problem.isPresent()) {
                List<BulkItemFailure> all = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    all.add(failure(i, documents, 503, "index_template", problem.get()));
                }
                return new BulkResult(documents.size(), 1, all);
            }
        }
        List<BulkItemFailure> failures = new ArrayList<>();
        int[] requests = {0};
        BulkEncoder.chunks(documents, maxDocumentsPerRequest, maxBytesPerRequest,
                chunk -> requests[0] += send(chunk, documents, failures));
        failures.sort(Comparator.comparingInt(BulkItemFailure::position));
        return new BulkResult(documents.size(), requests[0], failures);
    }

    /**
     * Puts the index template with the mappings given, once per sink (a PUT of the same template is
     * harmless): documents of an index created after it follow its mappings. Retried as a bulk request
     * is (throttling and server errors; an unreachable domain up to the unreachable wait). Empty when it
     * is in place, else why not.
     */
    private Optional<String> putTemplate() {
        String problem = "the index template was not put";
        boolean unreachable = false;
        long firstSent = nanoTime.getAsLong();
        for (int attempt = 0; attempt < maxAttempts
                || unreachable && nanoTime.getAsLong() - firstSent < unreachableWaitNanos; attempt++) {
            if (attempt > 0 && !pause(attempt, 0)) {
                break;
            }
            try {
                HttpResponse<byte[]> response = httpClient.get().send(request(templateUri, ByteBuffer.wrap(template),
                        "PUT", "application/json", true), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    templated = true;
                    return Optional.empty();
                }
                problem = "the index template was refused: HTTP " + status + " " + snippet(response.body());
                unreachable = status == 502 || status == 503 || status == 504;
                if (!isRetryable(status)) {
                    break;
                }
            } catch (IOException e) {
                problem = "the index template could not be put: " + e;
                unreachable = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while putting the index template");
            }
        }
        return Optional.of(problem);
    }

    /** Sends one chunk until every item succeeded, failed for good, or attempts ran out; returns requests sent. */
    private int send(BulkEncoder.Chunk chunk, List<BulkDocument> documents, List<BulkItemFailure> failures) {
        if (DryRun.active()) {
            dryRun(chunk, documents);
            return 0;
        }
        List<Integer> pending = entries(chunk);
        int first = chunk.first();
        Map<Integer, BulkItemFailure> lastFailure = new HashMap<>();
        long retryAfterMillis = 0;
        int attempt = 0;
        boolean unreachable = false;
        long firstSent = nanoTime.getAsLong();
        while (!pending.isEmpty() && (attempt < maxAttempts
                || unreachable && nanoTime.getAsLong() - firstSent < unreachableWaitNanos)) {
            if (attempt > 0 && !pause(attempt, retryAfterMillis)) {
                break;
            }
            attempt++;
            retryAfterMillis = 0;
            HttpResponse<byte[]> response;
            try {
                response = httpClient.get().send(request(chunk.body(pending)), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                unreachable = true;
                for (int entry : pending) {
                    lastFailure.put(entry, failure(first + entry, documents, 0, "connection_error", String.valueOf(e)));
                }
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            int status = response.statusCode();
            unreachable = status == 502 || status == 503 || status == 504;
            if (status == 200) {
                pending = items(response.body(), pending, first, documents, lastFailure, failures);
            } else if (isRetryable(status)) {
                retryAfterMillis = retryAfter(response);
                String reason = snippet(response.body());
                for (int entry : pending) {
                    lastFailure.put(entry, failure(first + entry, documents, status, "http_" + status, reason));
                }
            } else {
                String reason = snippet(response.body());
                for (int entry : pending) {
                    failures.add(failure(first + entry, documents, status, "http_" + status, reason));
                }
                pending = List.of();
            }
        }
        for (int entry : pending) {
            failures.add(lastFailure.getOrDefault(entry, failure(first + entry, documents, 0, "interrupted",
                    "interrupted before the document was sent")));
        }
        return attempt;
    }

    /**
     * A dry run encodes and signs the request as for the domain (resolving credentials), and sends it to a
     * {@link DryRunEndpoint} on loopback instead, reading its answer as a real one: nothing reaches the domain.
     */
    private void dryRun(BulkEncoder.Chunk chunk, List<BulkDocument> documents) {
        List<Integer> entries = entries(chunk);
        ByteBuffer body = chunk.body(entries);
        try (DryRunEndpoint endpoint = DryRunEndpoint.start(chunk.count())) {
            HttpRequest request;
            try {
                request = request(endpoint.bulkUri(), body, "POST", NDJSON, true);
            } catch (RuntimeException e) {
                request = request(endpoint.bulkUri(), body, "POST", NDJSON, false); // no credentials outside AWS
            }
            byte[] answer = httpClient.get().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
            items(answer, entries, chunk.first(), documents, new HashMap<>(), new ArrayList<>());
        } catch (IOException e) {
            // Priming is best effort: a failed dry run sends nothing either.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every entry of the chunk, by position in it. */
    private static List<Integer> entries(BulkEncoder.Chunk chunk) {
        List<Integer> entries = new ArrayList<>(chunk.count());
        for (int entry = 0; entry < chunk.count(); entry++) {
            entries.add(entry);
        }
        return entries;
    }

    /** Reads the per-item results; returns the positions to retry, records final failures. */
    private static List<Integer> items(byte[] body, List<Integer> sent, int first, List<BulkDocument> documents,
                                       Map<Integer, BulkItemFailure> lastFailure, List<BulkItemFailure> failures) {
        BulkResponse response = BulkResponse.parse(body);
        if (response == null || response.items().size() != sent.size()) {
            for (int entry : sent) {
                lastFailure.put(entry, failure(first + entry, documents, 200, "malformed_response",
                        "bulk response does not list one item per document"));
            }
            return sent;
        }
        if (!response.errors()) {
            return List.of();
        }
        List<Integer> retry = new ArrayList<>();
        for (int k = 0; k < sent.size(); k++) {
            BulkResponse.Item item = response.items().get(k);
            if (item.status() >= 200 && item.status() < 300) {
                continue;
            }
            int entry = sent.get(k);
            BulkItemFailure failure = failure(first + entry, documents, item.status(), item.type(), item.reason());
            if (isRetryable(item.status())) {
                retry.add(entry);
                lastFailure.put(entry, failure);
            } else {
                failures.add(failure);
            }
        }
        return retry;
    }

    private HttpRequest request(ByteBuffer body) {
        return request(bulkUri, body, "POST", NDJSON, true);
    }

    private HttpRequest request(URI uri, ByteBuffer body, String method, String contentType, boolean signed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.array(), body.arrayOffset() + body.position(),
                        body.remaining()));
        if (signer != null && signed) {
            byte[] bytes = new byte[body.remaining()];
            body.duplicate().get(bytes);
            signer.sign(method, uri, Map.of("Content-Type", List.of(contentType)), bytes)
                    .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        }
        return request.build();
    }

    /** Waits before retry number {@code retry}; false if interrupted. */
    private boolean pause(int retry, long retryAfterMillis) {
        long delay = Math.min(maxBackoffMillis, Math.max(
                Backoff.delayMillis(retry, initialBackoffMillis, maxBackoffMillis, random), retryAfterMillis));
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status >= 500;
    }

    private static long retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.trim()) * 1000;
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static BulkItemFailure failure(int position, List<BulkDocument> documents, int status, String type,
                                           String reason) {
        return new BulkItemFailure(position, documents.get(position).id(), status, type, reason);
    }

    private static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** Sleeps; replaced in tests so that backoff can be checked without waiting. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Configures a sink; {@link #endpoint} and {@link #index} are required. */
    public static final class Builder {
        private URI endpoint;
        private String index;
        private HttpClient httpClient;
        private int maxDocumentsPerRequest = 1000;
        private long maxBytesPerRequest = 5L * 1024 * 1024;
        private int maxAttempts = 5;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RequestSigner signer;
        private Sleeper sleeper = Thread::sleep;
        private LongUnaryOperator random = Entropy::nextLong;
        private Duration unreachableWait = Duration.ofSeconds(30);
        private LongSupplier nanoTime = System::nanoTime;
        private String mappings;

        private Builder() {
        }

        /**
         * The index's mappings, as JSON (such as {@code {"dynamic":"strict","properties":{...}}}): put as an
         * index template for the index before the first documents, so that an index created after it has them.
         */
        public Builder mappings(String mappings) {
            this.mappings = mappings;
            return this;
        }

        /** Base URL of the cluster, e.g. {@code http://127.0.0.1:9200} or {@code https://search-x.es.amazonaws.com}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** The index (or alias) to write to. */
        public Builder index(String index) {
            this.index = index;
            return this;
        }

        /**
         * The HTTP client; by default a new one with a 5 s connect timeout, built in the background (its TLS
         * setup takes 100-300 ms in a cold JVM) and waited for by the first request.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** At most this many documents per request (default 1000). */
        public Builder maxDocumentsPerRequest(int max) {
            this.maxDocumentsPerRequest = max;
            return this;
        }

        /** At most this many body bytes per request (default 5 MiB; Amazon OpenSearch Service allows 10 MiB and more). */
        public Builder maxBytesPerRequest(long max) {
            this.maxBytesPerRequest = max;
            return this;
        }

        /** Attempts per request, the first included (default 5). */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** Backoff before the first retry (doubling after each) and its ceiling (defaults 100 ms and 5 s). */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * How long a domain that does not answer (connection errors, HTTP 502, 503, 504) is tried for,
         * counted from a request's first attempt, when that is longer than {@code maxAttempts} take
         * (default 30 s; keep it well under the function's timeout).
         */
        public Builder unreachableWait(Duration wait) {
            this.unreachableWait = wait;
            return this;
        }

        /** Timeout of one HTTP request (default 30 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        /** Signs each request, e.g. {@link AwsSigV4Signer}; none by default (plain HTTP to a local server). */
        public Builder signer(RequestSigner signer) {
            this.signer = signer;
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        Builder random(LongUnaryOperator random) {
            this.random = random;
            return this;
        }

        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
            return this;
        }

        public OpenSearchBulkSink build() {
            Objects.requireNonNull(endpoint, "endpoint");
            if (index == null || index.isBlank() || index.contains("/")) {
                throw new IllegalArgumentException("index must be a plain index name, got '" + index + "'");
            }
            if (maxDocumentsPerRequest < 1 || maxBytesPerRequest < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("limits and attempts must be positive");
            }
            if (unreachableWait.isNegative()) {
                throw new IllegalArgumentException("unreachableWait must not be negative");
            }
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
            }
            return new OpenSearchBulkSink(this);
        }
    }
}
