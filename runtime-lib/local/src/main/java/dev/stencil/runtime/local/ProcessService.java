package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.net.URI;

/** A local service that is one child process listening on one loopback port. */
abstract class ProcessService implements LocalService {
    private final ServiceProcess process;
    private final int port;

    ProcessService(ServiceProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    @Override
    public final URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public final void close() {
        process.close();
    }
}
