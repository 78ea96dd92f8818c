package dev.stencil.runtime.local;

/**
 * A local service that can go away and come back on the same port with the same data, so that
 * clients can be tried against an outage as a real service has it.
 */
public interface RestartableService extends LocalService {

    /** Stops the server but keeps its data and port; see {@link #restart()}. */
    void stop();

    /** Starts the server again on the same port with the same data, if it is stopped; waits until it is ready. */
    void restart();
}
