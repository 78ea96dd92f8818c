package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** S3 API by S3Proxy (in-memory {@code transient} store), signed requests with fixed local credentials. */
public final class S3ProxyLocal extends ProcessService {
    /** Access key the proxy accepts. */
    public static final String ACCESS_KEY = "local";
    /** Secret key the proxy accepts. */
    public static final String SECRET_KEY = "local-secret";

    private S3ProxyLocal(ServiceProcess process, int port) {
        super(process, port);
    }

    /** Starts S3Proxy with this JVM's {@code java} and waits until it accepts connections. */
    public static S3ProxyLocal start(LocalServicesConfig config) {
        Path jar = config.s3proxyJar().orElseThrow(() -> LocalServicesConfig.missing("stencil.local.s3proxyJar",
                "STENCIL_LOCAL_S3PROXY_JAR", "the S3Proxy jar-with-dependencies"));
        int port = ServiceProcess.freePort();
        Path properties = config.workDir().resolve("s3proxy-" + port + ".properties");
        try {
            Files.createDirectories(properties.getParent());
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient",
                    "jclouds.identity=" + ACCESS_KEY,
                    "jclouds.credential=" + SECRET_KEY, ""));
        } catch (IOException e) {
            throw new LocalServiceException("cannot write " + properties, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ServiceProcess process = ServiceProcess.start("s3proxy",
                List.of(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                        "--properties", properties.toAbsolutePath().toString()),
                config.workDir(), Map.of(), config.workDir().resolve("s3proxy-" + port + ".log"));
        process.awaitReady(Duration.ofSeconds(60), () -> ServiceProcess.accepts(port));
        return new S3ProxyLocal(process, port);
    }
}
