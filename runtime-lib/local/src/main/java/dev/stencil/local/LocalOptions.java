package dev.stencil.local;

import dev.stencil.runtime.local.LocalServicesConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What one local run is asked to do, from system properties (the {@code local} profile passes
 * them on from the Maven command line).
 *
 * @param events      {@code local.events}: events fed into every stream that has producers (default 1000)
 * @param benchmark   {@code local.benchmark}: print progress every few seconds and the sustained rate
 * @param seed        {@code local.seed}: seed of the synthetic clickstream (default 42)
 * @param parallelism {@code local.parallelism}: parallelism of the Flink jobs (default 2)
 * @param timeout     {@code local.timeoutSeconds}: how long each stage may take to catch up (default 600)
 * @param workDir     {@code local.workDir}: savepoints and logs (default {@code target/local-run})
 * @param services    where the local services' files are, see {@link LocalServicesConfig}
 * @param faults      {@code local.faults}: what to break on purpose, see {@link Fault} (default none)
 */
public record LocalOptions(int events, boolean benchmark, long seed, int parallelism, Duration timeout,
                           Path workDir, LocalServicesConfig services, Set<Fault> faults) {

    public LocalOptions {
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(faults);
    }

    /**
     * Reads the options.
     *
     * @return the options, defaults where a property is not set
     */
    public static LocalOptions fromSystemProperties() {
        return new LocalOptions(
                Integer.getInteger("local.events", 1000),
                Boolean.getBoolean("local.benchmark"),
                Long.getLong("local.seed", 42L),
                Integer.getInteger("local.parallelism", 2),
                Duration.ofSeconds(Long.getLong("local.timeoutSeconds", 600L)),
                Path.of(System.getProperty("local.workDir", "target/local-run")).toAbsolutePath(),
                LocalServicesConfig.fromSystem(),
                Fault.parse(System.getProperty("local.faults", "")));
    }
}
