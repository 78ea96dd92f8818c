package dev.stencil.runtime.kinesis;

import java.nio.ByteBuffer;

/**
 * Turns the payload of one Kinesis record into a typed event.
 *
 * <p>The payload arrives already base64-decoded: Lambda's event serializer (and the local runner)
 * turn the {@code data} field of the event JSON into bytes.
 *
 * @param <T> the event type
 */
@FunctionalInterface
public interface RecordDecoder<T> {
    /**
     * Decodes one payload.
     *
     * @throws RecordDecodeException if the bytes are not a valid event
     */
    T decode(ByteBuffer data);
}
