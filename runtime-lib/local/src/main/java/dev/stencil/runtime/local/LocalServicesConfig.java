package dev.stencil.runtime.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local services' files are. Each setting is a system property, else an environment variable:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>System property</th><th>Environment</th><th>What</th></tr>
 *   <tr><td>{@code stencil.local.npmDir}</td><td>{@code STENCIL_LOCAL_NPM_DIR}</td>
 *       <td>folder holding {@code node_modules} installed by {@code npm ci} from the project's
 *       {@code package.json} (kinesis-local, dynalite) and {@code loopback.cjs}</td></tr>
 *   <tr><td>{@code stencil.local.s3proxyJar}</td><td>{@code STENCIL_LOCAL_S3PROXY_JAR}</td>
 *       <td>{@code org.gaul:s3proxy:jar:jar-with-dependencies}</td></tr>
 *   <tr><td>{@code stencil.local.opensearchZip}</td><td>{@code STENCIL_LOCAL_OPENSEARCH_ZIP}</td>
 *       <td>{@code org.opensearch.distribution.integ-test-zip:opensearch:zip}</td></tr>
 *   <tr><td>{@code stencil.local.opensearchJavaHome}</td><td>{@code STENCIL_LOCAL_OPENSEARCH_JAVA_HOME}</td>
 *       <td>a JDK 21+ for OpenSearch</td></tr>
 *   <tr><td>{@code stencil.local.workDir}</td><td>{@code STENCIL_LOCAL_WORK_DIR}</td>
 *       <td>logs and data (default {@code target/local-services})</td></tr>
 * </table>
 */
public record LocalServicesConfig(Optional<Path> npmDir, Optional<Path> s3proxyJar, Optional<Path> opensearchZip,
                                  Optional<Path> opensearchJavaHome, Path workDir) {

    /** Reads the settings from system properties and the environment. */
    public static LocalServicesConfig fromSystem() {
        return new LocalServicesConfig(
                setting("stencil.local.npmDir", "STENCIL_LOCAL_NPM_DIR"),
                setting("stencil.local.s3proxyJar", "STENCIL_LOCAL_S3PROXY_JAR"),
                setting("stencil.local.opensearchZip", "STENCIL_LOCAL_OPENSEARCH_ZIP"),
                setting("stencil.local.opensearchJavaHome", "STENCIL_LOCAL_OPENSEARCH_JAVA_HOME"),
                setting("stencil.local.workDir", "STENCIL_LOCAL_WORK_DIR").orElse(Path.of("target", "local-services")));
    }

    Path requireNpmDir() {
        Path dir = npmDir.orElseThrow(() -> missing("stencil.local.npmDir", "STENCIL_LOCAL_NPM_DIR",
                "the folder where `npm ci` installed kinesis-local and dynalite"));
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            throw new LocalServiceException(dir.resolve("node_modules") + " does not exist: run `npm ci` in " + dir, null);
        }
        return dir;
    }

    static LocalServiceException missing(String property, String env, String what) {
        return new LocalServiceException("set -D" + property + " or " + env + " to " + what, null);
    }

    private static Optional<Path> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
