package dev.stencil.runtime.local;

import java.net.URI;

/** A real implementation of an AWS API running on 127.0.0.1 for tests and local runs. Close it to stop it. */
public interface LocalService extends AutoCloseable {
    /** Plain-HTTP endpoint, e.g. {@code http://127.0.0.1:45678}. */
    URI endpoint();

    /** Stops the service and its child processes; waits until they are gone. */
    @Override
    void close();
}
