package dev.stencil.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calls a local run makes to the OpenSearch server: create an index, refresh it, count it, count ids in it. */
public final class SearchClient {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS_PER_QUERY = 1_000;

    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    SearchClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    void createIndex(String index) {
        call("PUT", "/" + index, "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}");
    }

    /**
     * Documents in an index once everything written is visible (after a refresh).
     *
     * @param index the index
     * @return the document count
     */
    public long count(String index) {
        if (!refreshed(index)) {
            return 0;
        }
        Matcher count = COUNT.matcher(call("GET", "/" + index + "/_count", null));
        if (!count.find()) {
            throw new IllegalStateException("no count for index " + index);
        }
        return Long.parseLong(count.group(1));
    }

    /**
     * How many of the given ids have a document in an index, once everything written is visible.
     *
     * @param index the index
     * @param ids   document ids, each once
     * @return the documents found
     */
    public long countIds(String index, List<String> ids) {
        if (!refreshed(index)) {
            return 0;
        }
        long found = 0;
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
            ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).forEach(values::add);
            Matcher count = COUNT.matcher(call("POST", "/" + index + "/_count", body.toString()));
            if (!count.find()) {
                throw new IllegalStateException("no count for index " + index);
            }
            found += Long.parseLong(count.group(1));
        }
        return found;
    }

    /**
     * The sources of the documents of the given ids that an index holds, by id, once everything
     * written is visible.
     *
     * @param index the index
     * @param ids   document ids, each once
     * @return each found document's source
     */
    public Map<String, JsonNode> sources(String index, List<String> ids) {
        Map<String, JsonNode> found = new HashMap<>();
        if (!refreshed(index)) {
            return found;
        }
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            ObjectNode body = JSON.createObjectNode();
            body.putArray("ids").addAll(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).stream()
                    .map(JSON.getNodeFactory()::textNode).toList());
            try {
                for (JsonNode doc : JSON.readTree(call("POST", "/" + index + "/_mget", body.toString())).path("docs")) {
                    if (doc.path("found").asBoolean()) {
                        found.put(doc.path("_id").asText(), doc.path("_source"));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("unreadable _mget answer of index " + index, e);
            }
        }
        return found;
    }

    /**
     * Refreshes an index so that everything written is visible; false when it does not exist (an index
     * that the first documents create, and none came).
     */
    private boolean refreshed(String index) {
        try {
            call("POST", "/" + index + "/_refresh", null);
            return true;
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains(": 404 ")) {
                return false;
            }
            throw e;
        }
    }

    private String call(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
