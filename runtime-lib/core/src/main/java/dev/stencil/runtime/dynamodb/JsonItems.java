package dev.stencil.runtime.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * JSON as DynamoDB attribute values, as the DynamoDB document model maps it: objects are maps (M),
 * arrays lists (L), strings S, numbers N (their JSON text), booleans BOOL, null NULL.
 */
public final class JsonItems {

    private JsonItems() {
    }

    /**
     * An item of a JSON object's members.
     *
     * @param object a JSON object
     * @return its members as attributes, in order; a map the caller may change
     */
    public static Map<String, AttributeValue> of(JsonNode object) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        object.properties().forEach(member -> item.put(member.getKey(), value(member.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode node) {
        if (node.isObject()) {
            return AttributeValue.fromM(of(node));
        }
        if (node.isArray()) {
            List<AttributeValue> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(value(element)));
            return AttributeValue.fromL(values);
        }
        if (node.isNumber()) {
            return AttributeValue.fromN(node.asText());
        }
        if (node.isBoolean()) {
            return AttributeValue.fromBool(node.booleanValue());
        }
        if (node.isNull() || node.isMissingNode()) {
            return AttributeValue.fromNul(true);
        }
        return AttributeValue.fromS(node.asText());
    }
}
