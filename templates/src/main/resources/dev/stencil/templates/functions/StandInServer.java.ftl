<#-- Feeds: PackageView. -->
package [=view.basePackage].functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A loopback HTTP server that stands in for the OpenSearch bulk API, the DynamoDB API and SQS's
 * SendMessageBatch in handler unit tests: it accepts every document, update and message and counts
 * them. The local run ({@code mvn -Plocal verify}) uses the real services instead.
 */
public final class StandInServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger updates = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();

    private StandInServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @return the running server
     * @throws IOException if no port can be bound
     */
    public static StandInServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StandInServer standIn = new StandInServer(http);
        http.createContext("/", standIn::answer);
        http.start();
        return standIn;
    }

    /** @return the server's base URI */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return a DynamoDB client pointed at this server */
    public DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder()
                .endpointOverride(uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * @return an SQS client pointed at this server; it checks no MD5 digests of what it sent,
     *     which the stand-in does not compute
     */
    public SqsClient sqs() {
        return SqsClient.builder()
                .endpointOverride(uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .checksumValidationEnabled(false)
                .build();
    }

    /** @return how many documents bulk requests carried */
    public int documentsIndexed() {
        return documents.get();
    }

    /** @return how many DynamoDB update requests arrived */
    public int dynamoDbUpdates() {
        return updates.get();
    }

    /** @return how many messages SendMessageBatch requests carried */
    public int messagesSent() {
        return messages.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String response;
        if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
            int count = (int) body.lines().filter(line -> !line.isBlank()).count() / 2;
            documents.addAndGet(count);
            response = "{\"errors\":false,\"items\":[" + "{\"index\":{\"status\":201}},".repeat(count)
                    .replaceAll(",$", "") + "]}";
        } else if ("AmazonSQS.SendMessageBatch".equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))) {
            ObjectNode sent = JSON.createObjectNode();
            ArrayNode successful = sent.putArray("Successful");
            sent.putArray("Failed");
            for (JsonNode entry : JSON.readTree(body).path("Entries")) {
                successful.addObject().put("Id", entry.path("Id").asText())
                        .put("MessageId", "m-" + messages.incrementAndGet());
            }
            response = JSON.writeValueAsString(sent);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        } else {
            updates.incrementAndGet();
            response = "{}";
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
