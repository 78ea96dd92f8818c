package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.defaults.KinesisFilters;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.SourceLocation;
import java.util.Map;
import java.util.Optional;
import software.amazon.event.ruler.RuleCompiler;

/**
 * {@code filter:} an EventBridge event pattern, checked by AWS's own matcher (event-ruler) and
 * against the stream's schema; deployed as the event source mapping's filter criteria.
 */
final class FilterCheck {

    /** Lambda's limit on one filter's pattern, in characters, once wrapped in {@code {"data": ...}}. */
    static final int MAX_PATTERN = 4096;

    private FilterCheck() {}

    static Optional<String> check(Checking checking, Connection arrow, JsonNode pattern, Optional<EventSchema> schema,
            SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FUNCTION, "filter", at,
                "an arrow from a stream to a function")) {
            return Optional.empty();
        }
        if (!pattern.isObject() || pattern.isEmpty()) {
            checking.error("FILTER_INVALID", at, "the filter is empty", "give an event pattern such as"
                    + " { status: [shipped] }, or drop the filter");
            return Optional.empty();
        }
        String json = pattern.toString();
        String rejected = RuleCompiler.check(json);
        if (rejected != null) {
            checking.error("FILTER_INVALID", at, "the event pattern is refused by the matcher: " + rejected.lines().findFirst().orElse(rejected).strip(),
                    "write an EventBridge event pattern: field: [value, ...] or field: [{ prefix | numeric | "
                            + "anything-but | exists: ... }]");
            return Optional.empty();
        }
        if (wrapped(json).length() > MAX_PATTERN) {
            checking.error("FILTER_TOO_LONG", at, "the filter is " + wrapped(json).length()
                    + " characters as deployed; Lambda takes at most " + MAX_PATTERN, "shorten the pattern");
        }
        schema.ifPresent(s -> fields(checking, s, pattern));
        return Optional.of(json);
    }

    /** The pattern as Lambda evaluates it on a Kinesis record: over the record's JSON data. */
    static String wrapped(String json) {
        return KinesisFilters.onData(json);
    }

    private static void fields(Checking checking, EventSchema schema, JsonNode pattern) {
        for (Map.Entry<String, JsonNode> entry : pattern.properties()) {
            if (entry.getKey().equals("$or")) {
                entry.getValue().forEach(alternative -> fields(checking, schema, alternative));
                continue;
            }
            checking.field(schema, entry.getKey(), checking.yaml().keyAt(pattern, entry.getKey()), "the filter's field");
        }
    }
}
