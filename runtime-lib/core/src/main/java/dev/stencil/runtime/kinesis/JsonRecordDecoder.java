package dev.stencil.runtime.kinesis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.internal.ClickEventBytes;
import dev.stencil.runtime.internal.Json;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Decodes UTF-8 JSON payloads into {@code T} with Jackson (records and plain classes; unknown fields ignored).
 * {@link ClickEvent}s in their plain form (see {@link ClickEventBytes}) are read straight from the bytes, without
 * Jackson; Jackson's object mapper is loaded only when a payload needs it, which keeps it out of cold starts.
 *
 * @param <T> the event type
 */
public final class JsonRecordDecoder<T> implements RecordDecoder<T> {
    private final Class<T> type;
    private final JsonEvent.Reader<T> streaming;
    private volatile ObjectReader reader;

    private JsonRecordDecoder(Class<T> type, JsonEvent.Reader<T> streaming) {
        this.type = type;
        this.streaming = streaming;
    }

    /** A decoder for JSON objects of the given type. */
    public static <T> JsonRecordDecoder<T> of(Class<T> type) {
        return new JsonRecordDecoder<>(type, null);
    }

    /**
     * A decoder for JSON objects that the given reader reads from Jackson's streaming parser (the
     * {@code READER} of a record generated for a declared schema), with no data binding in between.
     */
    public static <T> JsonRecordDecoder<T> of(Class<T> type, JsonEvent.Reader<T> reader) {
        return new JsonRecordDecoder<>(type, reader);
    }

    @Override
    public T decode(ByteBuffer data) {
        ByteBuffer view = data.duplicate();
        if (streaming != null) {
            return stream(view);
        }
        if (type == ClickEvent.class && view.hasArray()) {
            int from = view.arrayOffset() + view.position();
            ClickEvent plain = ClickEventBytes.parse(view.array(), from, from + view.remaining());
            if (plain != null) {
                return type.cast(plain);
            }
        }
        ObjectReader reader = reader();
        try {
            T value;
            if (view.hasArray()) {
                value = reader.readValue(view.array(), view.arrayOffset() + view.position(), view.remaining());
            } else {
                byte[] bytes = new byte[view.remaining()];
                view.get(bytes);
                value = reader.readValue(bytes);
            }
            if (value == null) {
                throw new RecordDecodeException("not a valid " + type.getSimpleName() + ": payload is JSON null", null);
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new RecordDecodeException("not a valid " + type.getSimpleName() + ": " + firstLine(e), e);
        }
    }

    private T stream(ByteBuffer data) {
        ByteBuffer view = data;
        if (!view.hasArray()) {
            byte[] copy = new byte[view.remaining()];
            view.get(copy);
            view = ByteBuffer.wrap(copy);
        }
        try (JsonParser parser = Json.MAPPER.createParser(view.array(), view.arrayOffset() + view.position(),
                view.remaining())) {
            T value = streaming.read(parser);
            if (parser.nextToken() != null) {
                throw new RecordDecodeException("not a valid " + type.getSimpleName() + ": more after the object", null);
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new RecordDecodeException("not a valid " + type.getSimpleName() + ": " + firstLine(e), e);
        }
    }

    /** Immutable, so a race only builds it twice. */
    private ObjectReader reader() {
        ObjectReader built = reader;
        if (built == null) {
            built = Json.MAPPER.readerFor(type);
            reader = built;
        }
        return built;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
