package dev.stencil.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The feature flags {@code cdk init} writes into a new project's {@code cdk.json} for the
 * aws-cdk-lib version generated projects use: the library's own {@code recommended-feature-flags.json},
 * taken from the aws-cdk-lib jar when the plugin is built.
 */
final class CdkFeatureFlags {

    private static final String RESOURCE = "/dev/stencil/cdk/recommended-feature-flags.json";

    private CdkFeatureFlags() {}

    /** The flags as a JSON object, indented to stand as the value of a top-level key. */
    static String asContext() {
        try (InputStream in = CdkFeatureFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin: it is taken from aws-cdk-lib"
                        + " when the plugin is built");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return json.lines().map(String::stripTrailing).collect(Collectors.joining("\n  "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
