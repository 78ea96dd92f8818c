package dev.stencil.flink;

import com.amazonaws.services.kinesisanalytics.runtime.KinesisAnalyticsRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.flink.util.TimeUtils;

/**
 * The job's configuration as named property groups, one group per connected diagram node
 * (e.g. {@code Kds} for the source stream, {@code Ddb} for the sink table).
 *
 * <p>On Managed Service for Apache Flink the groups are the application's runtime properties,
 * set by the CDK stack. Anywhere else (a local run, an IDE) they come from program arguments of
 * the form {@code --Group.key value}, e.g. {@code --Kds.stream.arn arn:... --Ddb.table.name t}.
 */
public final class AppProperties {

    private final Map<String, Properties> groups;

    AppProperties(Map<String, Properties> groups) {
        this.groups = groups;
    }

    /**
     * Loads the runtime properties; when there are none (not on Managed Flink), parses the arguments.
     *
     * @param args program arguments, {@code --Group.key value} pairs
     * @return the property groups
     */
    public static AppProperties load(String[] args) {
        try {
            Map<String, Properties> runtime = KinesisAnalyticsRuntime.getApplicationProperties();
            return runtime.isEmpty() ? fromArgs(args) : new AppProperties(runtime);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the application's runtime properties", unreadable);
        }
    }

    /**
     * Parses {@code --Group.key value} pairs.
     *
     * @param args program arguments
     * @return the property groups
     */
    public static AppProperties fromArgs(String[] args) {
        Map<String, Properties> groups = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            int dot = name.indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("expected --Group.key value, got " + args[i]);
            }
            groups.computeIfAbsent(name.substring(0, dot), group -> new Properties())
                    .setProperty(name.substring(dot + 1), args[i + 1]);
        }
        return new AppProperties(groups);
    }

    /**
     * All properties of one group; empty if the group is absent.
     *
     * @param group group name, a diagram alias in PascalCase
     * @return a copy of the group's properties
     */
    public Properties group(String group) {
        Properties copy = new Properties();
        copy.putAll(groups.getOrDefault(group, new Properties()));
        return copy;
    }

    /**
     * A duration such as {@code 1 min} or {@code 5 s}, or a default.
     *
     * @param group    group name
     * @param key      property key
     * @param fallback value when the property is not set
     * @return the duration
     */
    public Duration duration(String group, String key, Duration fallback) {
        String value = group(group).getProperty(key);
        return value == null ? fallback : TimeUtils.parseDuration(value);
    }
}
