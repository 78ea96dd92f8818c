package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS by ElasticMQ, in memory, embedded in this JVM (it is a library as much as a server); it
 * speaks the JSON protocol the AWS SDK v2 uses and the region the local run uses.
 */
public final class ElasticMqLocal implements LocalService {

    private final SQSRestServer server;
    private final int port;

    private ElasticMqLocal(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts ElasticMQ on a free loopback port and waits until it is bound.
     *
     * @param region the region its queue URLs and ARNs name
     * @return the running service
     */
    public static ElasticMqLocal start(String region) {
        int port = ServiceProcess.freePort();
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
                .withAWSRegion(region).start();
        try {
            server.waitUntilStarted();
        } catch (RuntimeException e) {
            server.stopAndWait();
            throw new LocalServiceException("ElasticMQ did not start on port " + port, e);
        }
        return new ElasticMqLocal(server, port);
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
