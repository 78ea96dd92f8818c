package dev.stencil.runtime.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.defaults.KinesisFilters;
import java.io.IOException;
import java.util.Optional;
import software.amazon.event.ruler.Machine;

/**
 * An event source mapping's filter criteria, evaluated as Lambda evaluates them on a Kinesis record:
 * the event pattern applies to the record's data decoded as JSON ({@code {"data": pattern}}), by AWS's
 * own matcher (event-ruler). A record whose data is not a JSON object never matches: Lambda drops it.
 */
public final class EventFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String pattern;
    private final Machine machine = new Machine();

    private EventFilter(String pattern) {
        this.pattern = pattern;
        try {
            machine.addRule("filter", KinesisFilters.onData(pattern));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an event pattern: " + pattern + ": " + e.getMessage(), e);
        }
    }

    /**
     * The filter of one pattern.
     *
     * @param pattern an EventBridge event pattern over the event's fields, as JSON; empty for none
     * @return the filter, or empty for a mapping without one
     */
    public static Optional<EventFilter> of(String pattern) {
        return pattern == null || pattern.isBlank() ? Optional.empty() : Optional.of(new EventFilter(pattern));
    }

    /**
     * Whether a record with these data bytes reaches the function.
     *
     * @param data the record's data
     * @return true if it matches the pattern
     */
    public boolean matches(byte[] data) {
        JsonNode event;
        try {
            event = JSON.readTree(data);
        } catch (IOException e) {
            return false;
        }
        if (event == null || !event.isObject()) {
            return false;
        }
        ObjectNode wrapped = JSON.createObjectNode();
        wrapped.set("data", event);
        return !machine.rulesForJSONEvent(wrapped).isEmpty();
    }

    /** The pattern over the event's fields, as given. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
