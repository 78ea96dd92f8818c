package dev.stencil.runtime.enrich;

/** The profile store could not be read (throttled, unreachable, denied). Retrying later may succeed. */
public final class ProfileLookupException extends RuntimeException {
    public ProfileLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
