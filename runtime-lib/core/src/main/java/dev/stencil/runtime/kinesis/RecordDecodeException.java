package dev.stencil.runtime.kinesis;

/** A record's bytes are not a valid event: bad JSON, wrong shape, or a rejected value. */
public final class RecordDecodeException extends RuntimeException {
    public RecordDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
