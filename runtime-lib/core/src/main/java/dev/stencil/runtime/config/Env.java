package dev.stencil.runtime.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads configuration from environment variables with errors that name the variable.
 *
 * <p>Generated handlers read everything they need in their no-arg constructor through
 * {@link #system()}; tests build an {@code Env} from a map with {@link #of(Map)}.
 *
 * <pre>{@code
 * Env env = Env.system();
 * URI endpoint = env.requiredUri(Env.OPENSEARCH_ENDPOINT);
 * int batch = env.optionalInt("BULK_MAX_DOCS", 1000);
 * }</pre>
 */
public final class Env {
    public static final String OPENSEARCH_ENDPOINT = "OPENSEARCH_ENDPOINT";
    public static final String OPENSEARCH_INDEX = "OPENSEARCH_INDEX";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String PROFILE_TABLE_NAME = "PROFILE_TABLE_NAME";
    public static final String STREAM_NAME = "STREAM_NAME";
    public static final String AWS_REGION = "AWS_REGION";

    private final Function<String, String> source;

    private Env(Function<String, String> source) {
        this.source = source;
    }

    /** The process environment. */
    public static Env system() {
        return new Env(System::getenv);
    }

    /** A fixed set of variables, for tests and local runs. */
    public static Env of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return new Env(copy::get);
    }

    /** The value of {@code name}; fails if it is unset or blank. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> new ConfigurationException(name,
                "Environment variable " + name + " is required but not set"));
    }

    /** The value of {@code name}, or empty if it is unset or blank. */
    public Optional<String> optional(String name) {
        Objects.requireNonNull(name, "name");
        String value = source.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The value of {@code name}, or {@code fallback} if it is unset or blank. */
    public String optional(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    /** An absolute http(s) URI; a bare host name such as an OpenSearch domain endpoint gets {@code https://}. */
    public URI requiredUri(String name) {
        String raw = required(name);
        String withScheme = raw.contains("://") ? raw : "https://" + raw;
        try {
            URI uri = URI.create(withScheme);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not an http(s) URI with a host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(name,
                    "Environment variable " + name + " must be an http(s) URL, got '" + raw + "': " + e.getMessage());
        }
    }

    /** An integer, or {@code fallback} if unset; fails with the variable's name if it is not a number. */
    public int optionalInt(String name, int fallback) {
        return optional(name).map(v -> parseInt(name, v)).orElse(fallback);
    }

    /** A boolean ({@code true}/{@code false}, case-insensitive), or {@code fallback} if unset. */
    public boolean optionalBoolean(String name, boolean fallback) {
        return optional(name).map(v -> {
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
            throw new ConfigurationException(name,
                    "Environment variable " + name + " must be true or false, got '" + v + "'");
        }).orElse(fallback);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name,
                    "Environment variable " + name + " must be an integer, got '" + value + "'");
        }
    }
}
