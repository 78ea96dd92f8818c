package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** DynamoDB API by npm {@code dynalite} (in memory; no transactions, TTL API or PartiQL). */
public final class Dynalite extends ProcessService {
    private Dynalite(ServiceProcess process, int port) {
        super(process, port);
    }

    /** Starts dynalite on a free loopback port and waits until it accepts connections. */
    public static Dynalite start(LocalServicesConfig config) {
        Path npm = config.requireNpmDir();
        int port = ServiceProcess.freePort();
        ServiceProcess process = ServiceProcess.start("dynalite", List.of("node",
                        npm.resolve("node_modules/dynalite/cli.js").toString(),
                        "--host", "127.0.0.1", "--port", Integer.toString(port),
                        "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"),
                npm, Map.of(), config.workDir().resolve("dynalite-" + port + ".log"));
        process.awaitReady(Duration.ofSeconds(30), () -> ServiceProcess.accepts(port));
        return new Dynalite(process, port);
    }
}
