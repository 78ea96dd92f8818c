package dev.stencil.runtime.kinesis;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.stencil.runtime.internal.Json;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Decodes UTF-8 JSON payloads into {@code T} with Jackson (records and plain classes; unknown fields ignored).
 *
 * @param <T> the event type
 */
public final class JsonRecordDecoder<T> implements RecordDecoder<T> {
    private final ObjectReader reader;
    private final Class<T> type;

    private JsonRecordDecoder(Class<T> type) {
        this.type = type;
        this.reader = Json.MAPPER.readerFor(type);
    }

    /** A decoder for JSON objects of the given type. */
    public static <T> JsonRecordDecoder<T> of(Class<T> type) {
        return new JsonRecordDecoder<>(type);
    }

    @Override
    public T decode(ByteBuffer data) {
        ByteBuffer view = data.duplicate();
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

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
