package dev.stencil.runtime.enrich;

/** A lookup's store could not be read (throttled, unreachable, denied). Retrying later may succeed. */
public class LookupException extends RuntimeException {
    public LookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
