package dev.stencil.runtime.snapstart;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An HTTP server on loopback that accepts every bulk request (and any other request with {@code {}}) and records
 * the remote port of each, so tests can tell whether anything was sent and whether a connection was reused;
 * the benchmark's stand-in for OpenSearch.
 */
public final class BulkStandIn implements AutoCloseable {
    /** Remote ports of the requests received, in order. */
    public final List<Integer> requestPorts = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;

    public BulkStandIn() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requestPorts.add(exchange.getRemoteAddress().getPort());
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long documents = request.lines().filter(line -> !line.isBlank()).count() / 2;
            StringBuilder items = new StringBuilder();
            for (long i = 0; i < documents; i++) {
                items.append(i == 0 ? "" : ",").append("{\"index\":{\"status\":201}}");
            }
            byte[] body = (exchange.getRequestURI().getPath().endsWith("/_bulk")
                    ? "{\"errors\":false,\"items\":[" + items + "]}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
