package dev.stencil.runtime.local;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts local services for a local run and keeps them up until the process is stopped (Ctrl-C, SIGTERM),
 * printing their endpoints as environment variable assignments, e.g.
 * {@code AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:43121}.
 *
 * <p>Arguments: any of {@code dynamodb}, {@code kinesis}, {@code s3}, {@code opensearch} (default: all).
 * Settings as in {@link LocalServicesConfig}.
 */
public final class LocalServicesMain {
    private LocalServicesMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> wanted = args.length == 0 ? List.of("dynamodb", "kinesis", "s3", "opensearch") : List.of(args);
        LocalServicesConfig config = LocalServicesConfig.fromSystem();
        List<LocalService> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(LocalService::close), "stop-services"));
        try {
            for (String name : wanted) {
                switch (name) {
                    case "dynamodb" -> print("AWS_ENDPOINT_URL_DYNAMODB", started, Dynalite.start(config));
                    case "kinesis" -> print("AWS_ENDPOINT_URL_KINESIS", started, KinesisLocal.start(config));
                    case "s3" -> print("AWS_ENDPOINT_URL_S3", started, S3ProxyLocal.start(config));
                    case "opensearch" -> print("OPENSEARCH_ENDPOINT", started, OpenSearchLocal.start(config));
                    default -> throw new IllegalArgumentException("unknown service '" + name
                            + "'; choose from dynamodb, kinesis, s3, opensearch");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("local services: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("# running; stop with Ctrl-C");
        new CountDownLatch(1).await();
    }

    private static void print(String variable, List<LocalService> started, LocalService service) {
        started.add(service);
        System.out.println(variable + "=" + service.endpoint());
    }
}
