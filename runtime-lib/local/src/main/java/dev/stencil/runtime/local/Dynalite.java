package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.Folders;
import dev.stencil.runtime.local.internal.Relaunchable;
import dev.stencil.runtime.local.internal.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB API by npm {@code dynalite} (no transactions, TTL API or PartiQL). Its tables live in a
 * LevelDB folder under the work folder, so that it can be stopped and restarted with its data, as
 * a table outlives an outage of the service; the folder goes when the service is closed.
 */
public final class Dynalite extends RelaunchableService {
    private final Path data;

    private Dynalite(Relaunchable launcher, Path data, int port) {
        super(launcher, port);
        this.data = data;
    }

    /** Starts dynalite on a free loopback port and waits until it accepts connections. */
    public static Dynalite start(LocalServicesConfig config) {
        Path npm = config.requireNpmDir();
        int port = ServiceProcess.freePort();
        Path data = config.workDir().toAbsolutePath().resolve("dynalite-" + port);
        try {
            Folders.deleteRecursively(data);
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new LocalServiceException("cannot create " + data + ": " + e.getMessage(), e);
        }
        List<String> command = List.of("node", npm.resolve("node_modules/dynalite/cli.js").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--path", data.toString(),
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
        return new Dynalite(new Relaunchable("dynalite", command, npm, Map.of(),
                config.workDir().resolve("dynalite-" + port + ".log"), Duration.ofSeconds(30),
                () -> ServiceProcess.accepts(port)), data, port);
    }

    /** Removes its tables. */
    @Override
    void removeData() {
        Folders.remove(data);
    }
}
