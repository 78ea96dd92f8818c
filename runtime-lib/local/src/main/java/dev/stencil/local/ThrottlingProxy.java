package dev.stencil.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A forwarding proxy on loopback in front of one local service, for the {@link Fault#THROTTLE}
 * fault. It passes every call through, except while it throttles: then it answers every other call
 * itself with the error the real service gives when it throttles, so that the callers' own retry
 * paths (the AWS SDK's, the bulk sink's, the Flink connector's) are what recovers.
 */
final class ThrottlingProxy implements AutoCloseable {

    /** How a service says "slow down". */
    enum Refusal {
        /** DynamoDB: HTTP 400 with the error type the SDK retries with throttling backoff. */
        DYNAMODB(400, "application/x-amz-json-1.0",
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"The level of configured provisioned throughput for the table was exceeded"
                        + " (injected by -Dlocal.faults=throttle)\"}"),
        /** OpenSearch: HTTP 429, the write thread pool's rejection. */
        OPENSEARCH(429, "application/json; charset=UTF-8",
                "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of"
                        + " bulk request (injected by -Dlocal.faults=throttle)\"},\"status\":429}");

        private final int status;
        private final String contentType;
        private final byte[] body;

        Refusal(int status, String contentType, String body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Headers the JDK's client sets itself, and hop-by-hop headers. */
    private static final Set<String> NOT_FORWARDED = Set.of(
            "host", "content-length", "connection", "expect", "upgrade", "transfer-encoding", "keep-alive");

    private final URI target;
    private final Refusal refusal;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "throttling-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean throttling;

    private ThrottlingProxy(URI target, Refusal refusal, HttpServer server) {
        this.target = target;
        this.refusal = refusal;
        this.server = server;
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a proxy on a free loopback port.
     *
     * @param target  the service's endpoint
     * @param refusal how the service throttles
     * @return the running proxy, passing everything through
     */
    static ThrottlingProxy start(URI target, Refusal refusal) {
        try {
            return new ThrottlingProxy(target, refusal, HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a proxy in front of " + target + ": " + e.getMessage(), e);
        }
    }

    /** @return where callers send their calls instead of the service */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Starts or stops refusing every other call.
     *
     * @param on true to throttle
     */
    void throttle(boolean on) {
        throttling = on;
    }

    /** @return calls answered with a throttling error so far */
    long refused() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            if (throttling && calls.getAndIncrement() % 2 == 0) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", refusal.contentType);
                respond(exchange, refusal.status, refusal.body);
                return;
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(forwarded(exchange, request), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            respond(exchange, response.statusCode(),
                    exchange.getRequestMethod().equals("HEAD") ? new byte[0] : response.body());
        }
    }

    private HttpRequest forwarded(HttpExchange exchange, byte[] body) {
        URI uri = target.resolve(exchange.getRequestURI().toString());
        HttpRequest.Builder forward = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                header.getValue().forEach(value -> forward.header(header.getKey(), value));
            }
        }
        return forward.build();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
