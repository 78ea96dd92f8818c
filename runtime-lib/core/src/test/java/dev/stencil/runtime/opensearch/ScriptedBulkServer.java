package dev.stencil.runtime.opensearch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An HTTP server on loopback that answers bulk requests with responses computed by the test. It exists
 * for what a real OpenSearch cannot be made to do on demand (answer 429 or 503 for chosen items or
 * requests); the integration tests run the same sink against a real server.
 */
final class ScriptedBulkServer implements AutoCloseable {
    record Request(String path, Map<String, List<String>> headers, String body) {
        /** The document ids in the NDJSON body, in order. */
        List<String> ids() {
            List<String> ids = new ArrayList<>();
            String[] lines = body.split("\n");
            for (int i = 0; i < lines.length; i += 2) {
                String action = lines[i];
                int start = action.indexOf("\"_id\":\"") + 7;
                ids.add(action.substring(start, action.indexOf("\"}}", start)));
            }
            return ids;
        }
    }

    record Response(int status, String body, Map<String, String> headers) {
        static Response of(int status, String body) {
            return new Response(status, body, Map.of());
        }
    }

    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    ScriptedBulkServer(Function<Request, Response> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Request request = new Request(exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Response response = script.apply(request);
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A bulk response in which each id gets the status the function gives it. */
    static String bulkResponse(List<String> ids, Function<String, Integer> statusOf) {
        List<Integer> statuses = ids.stream().map(statusOf).toList();
        StringBuilder json = new StringBuilder("{\"took\":1,\"errors\":");
        json.append(statuses.stream().anyMatch(s -> s >= 300)).append(",\"items\":[");
        for (int i = 0; i < ids.size(); i++) {
            int status = statuses.get(i);
            json.append(i == 0 ? "" : ",").append("{\"index\":{\"_index\":\"clicks\",\"_id\":\"")
                    .append(ids.get(i)).append("\",\"status\":").append(status);
            if (status >= 300) {
                String type = status == 429 ? "es_rejected_execution_exception" : "mapper_parsing_exception";
                json.append(",\"error\":{\"type\":\"").append(type).append("\",\"reason\":\"because\"}");
            }
            json.append("}}");
        }
        return json.append("]}").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
