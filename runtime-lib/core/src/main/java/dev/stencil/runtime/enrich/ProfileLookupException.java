package dev.stencil.runtime.enrich;

/** The profile store could not be read (throttled, unreachable, denied). Retrying later may succeed. */
public final class ProfileLookupException extends LookupException {
    public ProfileLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
