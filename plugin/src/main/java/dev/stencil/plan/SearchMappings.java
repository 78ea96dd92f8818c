package dev.stencil.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import java.util.List;
import java.util.Optional;

/**
 * The OpenSearch mappings of a declared schema's documents: strict, one property per field. Strings
 * and enums are keywords (exact values: filters, top values); numbers keep their width; timestamps
 * and the stream's event time are dates; records, arrays, maps and unions are kept in the source,
 * not indexed. What a declared lookup adds is an object whose attributes are mapped as they come (the
 * table's items have no declared schema); a geo-IP location is an object of two keywords, country and city.
 */
final class SearchMappings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchMappings() {}

    static String of(EventSchema schema, Optional<String> eventTime, List<String> lookups, List<String> locations) {
        ObjectNode mappings = JSON.createObjectNode().put("dynamic", "strict");
        ObjectNode properties = mappings.putObject("properties");
        for (EventField field : schema.fields()) {
            ObjectNode property = properties.putObject(field.name());
            boolean time = eventTime.map(field.name()::equals).orElse(false);
            switch (field.type()) {
                case STRING -> {
                    if (time) {
                        property.put("type", "date").put("format", "strict_date_optional_time");
                    } else {
                        property.put("type", "keyword").put("ignore_above", 1024);
                    }
                }
                case ENUM -> property.put("type", "keyword");
                case INT -> property.put("type", "integer");
                case LONG -> property.put("type", "long");
                case FLOAT -> property.put("type", "float");
                case DOUBLE -> property.put("type", "double");
                case BOOLEAN -> property.put("type", "boolean");
                case TIMESTAMP -> property.put("type", "date").put("format", "epoch_millis");
                case OTHER -> property.put("type", "object").put("enabled", false);
            }
        }
        for (String lookup : lookups) {
            properties.putObject(lookup).put("type", "object").put("dynamic", true);
        }
        for (String location : locations) {
            ObjectNode geo = properties.putObject(location).put("type", "object").putObject("properties");
            geo.putObject("country").put("type", "keyword");
            geo.putObject("city").put("type", "keyword");
        }
        return mappings.toPrettyString() + "\n";
    }
}
