package dev.stencil.runtime.local;

/** A local service could not be installed, started or reached; the message says what to install or check. */
public final class LocalServiceException extends RuntimeException {
    public LocalServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
