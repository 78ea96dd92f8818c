package dev.stencil.runtime.opensearch.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a bulk API response the sink needs, read with Jackson's streaming parser (jackson-core only: a
 * first batch does not pay for loading the object mapper).
 *
 * @param errors whether any item failed ({@code true} when the response does not say)
 * @param items  per document, in request order
 */
public record BulkResponse(boolean errors, List<Item> items) {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * One document's outcome.
     *
     * @param status its HTTP status, 0 if absent
     * @param type   the error type, {@code unknown} if absent
     * @param reason the error reason: empty if the error gives none, {@code no error given} if there is no error
     */
    public record Item(int status, String type, String reason) {
    }

    /** The response, or {@code null} if the body is not one JSON object with an {@code items} array. */
    public static BulkResponse parse(byte[] body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean errors = true;
            List<Item> items = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("errors") && value.isScalarValue()) {
                    errors = p.getValueAsBoolean(true);
                } else if (field.equals("items") && value == JsonToken.START_ARRAY) {
                    items = items(p);
                } else {
                    p.skipChildren();
                }
            }
            return items == null || p.nextToken() != null ? null : new BulkResponse(errors, items);
        } catch (IOException e) {
            return null;
        }
    }

    /** Each element is {@code {"<action>":{"status":..,"error":{"type":..,"reason":..}}}}. */
    private static List<Item> items(JsonParser p) throws IOException {
        List<Item> items = new ArrayList<>();
        for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
            Item item = new Item(0, "unknown", "no error given");
            if (element == JsonToken.START_OBJECT) {
                if (p.nextToken() == JsonToken.FIELD_NAME) {
                    item = p.nextToken() == JsonToken.START_OBJECT ? result(p) : skip(p, item);
                    while (p.nextToken() != JsonToken.END_OBJECT) {
                        p.nextToken();
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            items.add(item);
        }
        return items;
    }

    private static Item skip(JsonParser p, Item item) throws IOException {
        p.skipChildren();
        return item;
    }

    private static Item result(JsonParser p) throws IOException {
        int status = 0;
        String type = "unknown";
        String reason = "no error given";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("status") && value.isScalarValue()) {
                status = p.getValueAsInt(0);
            } else if (field.equals("error")) {
                reason = "";
                if (value != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken errorValue = p.nextToken();
                    if (name.equals("type") && errorValue.isScalarValue()) {
                        type = p.getValueAsString("unknown");
                    } else if (name.equals("reason") && errorValue.isScalarValue()) {
                        reason = p.getValueAsString("");
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new Item(status, type, reason);
    }
}
