package dev.stencil.cdk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CDK context a generated app synthesizes with, the same whether the CDK CLI runs it or the
 * build does: the {@code context} of the project's {@code cdk.json} (the feature flags {@code cdk init}
 * writes for this aws-cdk-lib version), then the organisation's overrides file on top. The CDK CLI
 * adds {@code cdk.json}'s context and {@code -c} values again, which win.
 */
public final class ProjectContext {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectContext() {
    }

    /**
     * @param cdkJson the project's {@code cdk.json}; a missing file means no flags
     * @param overrides the overrides file; a missing file means no overrides
     * @return the context values, sorted by key
     */
    public static Map<String, Object> of(Path cdkJson, Path overrides) {
        Map<String, Object> context = featureFlags(cdkJson);
        context.putAll(Overrides.load(overrides));
        return context;
    }

    /**
     * @param cdkJson the project's {@code cdk.json}; a missing file means no flags
     * @return its {@code context} object, sorted by key
     */
    public static Map<String, Object> featureFlags(Path cdkJson) {
        if (!Files.isRegularFile(cdkJson)) {
            return new TreeMap<>();
        }
        try {
            Map<String, Object> file = JSON.readValue(cdkJson.toFile(), new TypeReference<Map<String, Object>>() { });
            Object context = file.get("context");
            TreeMap<String, Object> flags = new TreeMap<>();
            if (context instanceof Map<?, ?> map) {
                map.forEach((key, value) -> flags.put(String.valueOf(key), value));
            }
            return flags;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cdkJson, e);
        }
    }
}
