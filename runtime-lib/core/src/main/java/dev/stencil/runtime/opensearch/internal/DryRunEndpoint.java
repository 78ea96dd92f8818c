package dev.stencil.runtime.opensearch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A stand-in for OpenSearch during a dry run (priming before a SnapStart snapshot): on loopback, it accepts one
 * HTTP/1.1 request and answers it as OpenSearch answers a bulk request whose documents were all indexed, then
 * closes the connection and itself. The sink's HTTP client then sends and reads a real response, so the
 * snapshot holds that code loaded and compiled, without any store being touched.
 */
public final class DryRunEndpoint implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;

    private DryRunEndpoint(int documents) throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> answerOne(documents), "stencil-dry-run-endpoint");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts answering one bulk request of {@code documents} documents. */
    public static DryRunEndpoint start(int documents) throws IOException {
        return new DryRunEndpoint(documents);
    }

    /** Where to send the bulk request. */
    public URI bulkUri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/stencil-dry-run/_bulk");
    }

    private void answerOne(int documents) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            int length = contentLength(in);
            in.readNBytes(length);
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < documents; i++) {
                items.append(i == 0 ? "" : ",").append("{\"index\":{\"_index\":\"stencil-dry-run\",\"_id\":\"")
                        .append(i).append("\",\"_version\":1,\"result\":\"created\",\"status\":201}}");
            }
            byte[] body = ("{\"took\":1,\"errors\":false,\"items\":[" + items + "]}").getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // The sink reports a failed dry run as nothing sent; priming is best effort.
        } finally {
            close();
        }
    }

    /** Reads the request line and headers; returns the body's length. */
    private static int contentLength(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int length = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String header = line.toString(StandardCharsets.US_ASCII).trim();
            line.reset();
            if (header.isEmpty()) {
                return length;
            }
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        return length;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing a listening socket on loopback; nothing to do.
        }
    }
}
