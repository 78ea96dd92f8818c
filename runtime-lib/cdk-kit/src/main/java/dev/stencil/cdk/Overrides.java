package dev.stencil.cdk;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the organisation's overrides, a properties file the user owns, into CDK context
 * values that {@link Settings} looks up. Each line {@code <Id or kind>.<key>=<value>} becomes
 * context {@code stencil:<Id or kind>.<key>}.
 */
public final class Overrides {

    private Overrides() {
    }

    /**
     * @param file the overrides file; a missing file means no overrides
     * @return the context values, sorted by key
     */
    public static Map<String, Object> load(Path file) {
        Map<String, Object> context = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return context;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read overrides " + file, e);
        }
        properties.stringPropertyNames().forEach(key -> context.put(Settings.PREFIX + key, properties.getProperty(key)));
        return context;
    }
}
