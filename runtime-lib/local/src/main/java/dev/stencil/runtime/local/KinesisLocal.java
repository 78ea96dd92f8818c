package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Kinesis API by npm {@code kinesis-local} (the kinesis-mock engine), on its plain-HTTP port. It binds all
 * interfaces by itself, so it is started with the project's {@code loopback.cjs} preload, which pins every
 * listening socket to 127.0.0.1.
 */
public final class KinesisLocal extends ProcessService {
    private KinesisLocal(ServiceProcess process, int port) {
        super(process, port);
    }

    /** Starts kinesis-local on free loopback ports; streams are created and become active almost at once. */
    public static KinesisLocal start(LocalServicesConfig config) {
        Path npm = config.requireNpmDir();
        int plain = ServiceProcess.freePort();
        int tls = ServiceProcess.freePort();
        Map<String, String> env = Map.of(
                "KINESIS_MOCK_PLAIN_PORT", Integer.toString(plain),
                "KINESIS_MOCK_TLS_PORT", Integer.toString(tls),
                "KINESIS_MOCK_CERT_PATH", npm.resolve("node_modules/kinesis-local/server.json").toString(),
                "CREATE_STREAM_DURATION", "0ms",
                "DELETE_STREAM_DURATION", "0ms",
                "LOG_LEVEL", "WARN",
                "AWS_REGION", "us-east-1");
        ServiceProcess process = ServiceProcess.start("kinesis-local", List.of("node",
                        "-r", npm.resolve("loopback.cjs").toString(),
                        npm.resolve("node_modules/kinesis-local/main.js").toString()),
                npm, env, config.workDir().resolve("kinesis-local-" + plain + ".log"));
        process.awaitReady(Duration.ofSeconds(60), () -> ServiceProcess.accepts(plain));
        return new KinesisLocal(process, plain);
    }
}
