package dev.stencil.runtime.local;

import dev.stencil.runtime.local.internal.ServiceProcess;
import java.net.URI;

/** A local service that is one child process listening on one loopback port. */
abstract class ProcessService implements LocalService {
    private final int port;
    private ServiceProcess process;

    ProcessService(ServiceProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    @Override
    public final URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops the server, then lets the service remove what it keeps. */
    @Override
    public final void close() {
        process.close();
        removeData();
    }

    /** Removes the data the server kept, once it is stopped for good; nothing by default. */
    void removeData() {
    }

    ServiceProcess process() {
        return process;
    }

    void replace(ServiceProcess relaunched) {
        process = relaunched;
    }
}
