package dev.stencil.runtime.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event with what its lookups found beside its own fields: as JSON, the event's members, then one
 * member per lookup that found an item (an object of the item's attributes). A lookup that found
 * nothing adds no member, so the document says plainly that the item was missing. Written the same
 * way by the bulk encoder ({@link #writeJson}) and by Jackson's data binding (queues, items).
 *
 * @param <E> the event's type
 */
public final class EnrichedEvent<E extends JsonEvent> implements JsonEvent {

    private final E event;
    private final Map<String, Object> added = new LinkedHashMap<>();

    private EnrichedEvent(E event) {
        this.event = Objects.requireNonNull(event, "event");
    }

    /**
     * The event, with nothing added yet.
     *
     * @param event the event
     * @param <E> its type
     * @return the enriched event
     */
    public static <E extends JsonEvent> EnrichedEvent<E> of(E event) {
        return new EnrichedEvent<>(event);
    }

    /**
     * Adds what a lookup found, under the given name; nothing when it found nothing.
     *
     * @param name the member's name, one the event's schema does not have
     * @param found the item's attributes
     * @return this
     */
    public EnrichedEvent<E> with(String name, Optional<? extends Map<String, Object>> found) {
        found.ifPresent(item -> added.put(name, item));
        return this;
    }

    /** The event as it came. */
    @JsonUnwrapped
    public E event() {
        return event;
    }

    /** What the lookups found, by name, in the order they were added. */
    @JsonAnyGetter
    public Map<String, Object> added() {
        return Collections.unmodifiableMap(added);
    }

    @Override
    public void writeFields(JsonOut json) {
        event.writeFields(json);
        added.forEach((name, value) -> json.field(name).value(value));
    }

    @Override
    public String toString() {
        return "EnrichedEvent[" + event + ", " + added + "]";
    }
}
