package dev.stencil.runtime.internal;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A client that is expensive to build in a cold JVM (an AWS SDK client, an HTTP client with its TLS setup:
 * 100-300 ms each), built on a daemon thread of its own from the moment it is asked for, so that clients are
 * built at the same time as each other and as the rest of a handler's initialisation. The first use waits
 * until it is built; a failed build is thrown at every use.
 *
 * @param <T> the client type
 */
public final class Prebuilt<T> implements Supplier<T> {
    private static final List<Prebuilt<?>> BUILDING = new CopyOnWriteArrayList<>();

    private final FutureTask<T> task;

    private Prebuilt(Callable<T> build) {
        this.task = new FutureTask<>(build) {
            @Override
            protected void done() {
                BUILDING.remove(Prebuilt.this);
            }
        };
    }

    /** Starts building on a daemon thread called {@code name}. */
    public static <T> Prebuilt<T> start(String name, Callable<T> build) {
        Prebuilt<T> prebuilt = new Prebuilt<>(build);
        BUILDING.add(prebuilt);
        Thread thread = new Thread(prebuilt.task, name);
        thread.setDaemon(true);
        thread.start();
        return prebuilt;
    }

    /** Waits until every client started so far is built (or failed): for measurements, and before a snapshot. */
    public static void awaitAll() {
        for (Prebuilt<?> building : BUILDING) {
            try {
                building.task.get();
            } catch (ExecutionException e) {
                // Thrown again where the client is used.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The client, once built. */
    @Override
    public T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("client could not be built", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a client to be built", e);
        }
    }
}
