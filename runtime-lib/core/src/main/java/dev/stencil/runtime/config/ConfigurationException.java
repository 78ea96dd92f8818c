package dev.stencil.runtime.config;

/** A required environment variable is missing, blank or malformed. The message names the variable. */
public final class ConfigurationException extends RuntimeException {
    private final String name;

    /**
     * @param name    the variable at fault
     * @param message what is wrong, naming the variable
     */
    public ConfigurationException(String name, String message) {
        super(message);
        this.name = name;
    }

    /** The environment variable at fault, e.g. {@code OPENSEARCH_ENDPOINT}. */
    public String variable() {
        return name;
    }
}
