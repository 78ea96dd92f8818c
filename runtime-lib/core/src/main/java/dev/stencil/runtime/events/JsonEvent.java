package dev.stencil.runtime.events;

import java.io.IOException;

/**
 * An event that writes itself as JSON, as the records Stencil generates for declared schemas do: the
 * bulk encoder has it write straight into the request body instead of looking up a serializer.
 */
public interface JsonEvent {

    /**
     * Writes this event as one JSON object, as Jackson would write the record.
     *
     * @param json where
     */
    default void writeJson(JsonOut json) {
        json.object();
        writeFields(json);
        json.end();
    }

    /**
     * Writes this event's members into an object opened already, so that an {@link EnrichedEvent} can
     * add its lookups after them.
     *
     * @param json where
     */
    void writeFields(JsonOut json);

    /**
     * Reads one event with Jackson's streaming parser, as the generated records' {@code READER} does.
     *
     * @param <T> the event type
     */
    @FunctionalInterface
    interface Reader<T> {
        /**
         * @param json the parser, before the event's first token
         * @return the event
         * @throws IOException if the bytes are not such an event
         */
        T read(com.fasterxml.jackson.core.JsonParser json) throws IOException;
    }
}
