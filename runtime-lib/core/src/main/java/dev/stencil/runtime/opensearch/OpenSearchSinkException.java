package dev.stencil.runtime.opensearch;

/** A document could not be serialized, or the sink was misconfigured. Server failures are not thrown but reported per item. */
public final class OpenSearchSinkException extends RuntimeException {
    public OpenSearchSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
