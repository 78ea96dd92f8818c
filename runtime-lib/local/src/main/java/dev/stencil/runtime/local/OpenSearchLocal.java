package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.Folders;
import dev.stencil.runtime.local.internal.Relaunchable;
import dev.stencil.runtime.local.internal.ServiceProcess;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The real OpenSearch server from its integ-test zip, single node on loopback, 512 MB heap, on a JDK 21+.
 * As root it runs as user {@code nobody} (OpenSearch refuses root) through {@code setpriv}; when
 * {@code nobody} cannot enter the work folder (root's home, a {@code mktemp -d} folder), the
 * distribution and the node's data go under the system's temporary folder instead, owned by {@code nobody}.
 */
public final class OpenSearchLocal extends RelaunchableService {
    private static final int NOBODY = 65534;

    private final Path node;

    private OpenSearchLocal(List<String> command, Path node, Map<String, String> environment, Path log, int port) {
        super(new Relaunchable("opensearch", command, node, environment, log, Duration.ofSeconds(120), healthy(port)),
                port);
        this.node = node;
    }

    /** Unpacks the zip (once per work folder), starts the node and waits for a yellow cluster. */
    public static OpenSearchLocal start(LocalServicesConfig config) {
        Path zip = config.opensearchZip().orElseThrow(() -> LocalServicesConfig.missing(
                "stencil.local.opensearchZip", "STENCIL_LOCAL_OPENSEARCH_ZIP", "the OpenSearch integ-test zip"));
        Path javaHome = config.opensearchJavaHome().orElseThrow(() -> LocalServicesConfig.missing(
                "stencil.local.opensearchJavaHome", "STENCIL_LOCAL_OPENSEARCH_JAVA_HOME", "a JDK 21 or newer"));
        boolean root = "root".equals(System.getProperty("user.name"));
        int port = ServiceProcess.freePort();
        int transport = ServiceProcess.freePort();
        Path work = config.workDir().toAbsolutePath();
        Path place = root ? placeFor(work) : work;
        Path home = unpack(zip, place.resolve("opensearch-dist"), root);
        Path node = place.resolve("opensearch-node-" + port);
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        command.addAll(List.of(home.resolve("bin/opensearch").toString(),
                "-Ediscovery.type=single-node",
                "-Ehttp.host=127.0.0.1", "-Ehttp.port=" + port,
                "-Etransport.host=127.0.0.1", "-Etransport.port=" + transport,
                "-Epath.data=" + node.resolve("data"), "-Epath.logs=" + node.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.auto_create_index=true"));
        try {
            Folders.deleteRecursively(node);
            Files.createDirectories(node);
            if (root) {
                chown(node);
            }
        } catch (IOException e) {
            throw new LocalServiceException("cannot create " + node, e);
        }
        return new OpenSearchLocal(List.copyOf(command), node,
                Map.of("OPENSEARCH_JAVA_HOME", javaHome.toString(), "JAVA_HOME", javaHome.toString(),
                        "OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m"),
                work.resolve("opensearch-" + port + ".log"), port);
    }

    /** A yellow cluster on the port. */
    private static BooleanSupplier healthy(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=1s");
        return () -> {
            try {
                return http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    /** Its data goes when it was kept outside the work folder. */
    @Override
    void removeData() {
        if (node.startsWith(temporaryPlace())) {
            Folders.remove(node);
        }
    }

    private static Path temporaryPlace() {
        return Path.of(System.getProperty("java.io.tmpdir"), "stencil-opensearch").toAbsolutePath();
    }

    /**
     * Where the server's files go when it runs as {@code nobody}: the work folder if {@code nobody} can
     * enter it, else a folder of its own under the system's temporary folder.
     */
    private static Path placeFor(Path work) {
        Path temporary = temporaryPlace();
        try {
            Files.createDirectories(work);
            if (enterableByNobody(work)) {
                return work;
            }
            Files.createDirectories(temporary);
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (enterableByNobody(temporary)) {
                return temporary;
            }
        } catch (IOException e) {
            throw new LocalServiceException("cannot prepare a folder for OpenSearch: " + e.getMessage(), e);
        }
        throw new LocalServiceException("OpenSearch refuses to run as root, so it runs as user nobody, who can enter"
                + " neither " + work + " nor " + temporary + ": let other users enter one of them (chmod o+x on it"
                + " and on each folder above it), or set -Djava.io.tmpdir to a folder they can enter", null);
    }

    /** Asks the system whether user {@code nobody} can reach and enter the folder. */
    private static boolean enterableByNobody(Path folder) throws IOException {
        try {
            Process test = new ProcessBuilder("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                    "--", "test", "-x", folder.toString()).redirectErrorStream(true).start();
            test.getInputStream().readAllBytes();
            return test.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking " + folder, e);
        }
    }

    /** Unzips into {@code target} unless a previous run finished doing so; returns the distribution's home. */
    private static Path unpack(Path zip, Path target, boolean root) {
        Path done = target.resolve(".unpacked-" + zip.getFileName());
        try {
            if (!Files.exists(done)) {
                Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
                try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                    for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                        Path out = partial.resolve(entry.getName()).normalize();
                        if (!out.startsWith(partial)) {
                            throw new IOException("zip entry outside the target: " + entry.getName());
                        }
                        if (entry.isDirectory()) {
                            Files.createDirectories(out);
                        } else {
                            Files.createDirectories(out.getParent());
                            Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                            if (out.getParent().getFileName().toString().equals("bin")) {
                                out.toFile().setExecutable(true, false);
                            }
                        }
                    }
                }
                if (root) {
                    chown(partial);
                }
                Folders.deleteRecursively(target);
                Files.move(partial, target);
                Files.createFile(done);
            }
            try (var children = Files.list(target)) {
                return children.filter(p -> Files.isRegularFile(p.resolve("bin/opensearch"))).findFirst()
                        .orElseThrow(() -> new IOException("no bin/opensearch in " + zip));
            }
        } catch (IOException e) {
            throw new LocalServiceException("cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    private static void chown(Path path) throws IOException {
        try {
            Process chown = new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, path.toString())
                    .redirectErrorStream(true).start();
            String output = new String(chown.getInputStream().readAllBytes());
            if (chown.waitFor() != 0) {
                throw new IOException("chown failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during chown", e);
        }
    }
}
