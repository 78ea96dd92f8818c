package dev.stencil.local;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A fault that comes and goes during a run: it begins when a known share of the first stream's
 * events is in, holds for a while, ends, and is over once every function has consumed what was put
 * by the time it ended. What it cost (retries, records sent to on-failure destinations) is counted
 * between its beginning and that moment.
 */
final class Disruption {

    /** What the run's functions show of a fault. */
    interface Functions {

        /** @return retries and bisections of every function's mapping so far */
        long retries();

        /** @return records other than poison sent to every function's on-failure destination so far */
        long toOnFailure();

        /** @return a test that holds once every function has consumed every record put until now */
        BooleanSupplier caughtUpWithWhatIsPutNow();
    }

    private final Fault fault;
    private final double at;
    private final Duration hold;
    private final Runnable begin;
    private final Runnable end;
    private final Supplier<String> effect;
    private final String state;
    private Thread thread;
    private volatile Throwable failure;
    private long position;
    private long beganNanos;
    private volatile long endedNanos;
    private volatile long overNanos;
    private volatile long retries;
    private volatile long toOnFailure;

    /**
     * @param fault  the fault
     * @param at     share of the first stream's events put before it begins
     * @param hold   how long it holds before it is ended
     * @param begin  what begins it (stopping a server), run on the producer's thread
     * @param end    what ends it (starting the server again), run once it has held
     * @param effect what it did, for the summary, such as {@code 212 calls refused}
     * @param state  what the summary calls the time from its beginning to its end, such as {@code throttled}
     */
    Disruption(Fault fault, double at, Duration hold, Runnable begin, Runnable end, Supplier<String> effect,
               String state) {
        this.fault = fault;
        this.at = at;
        this.hold = hold;
        this.begin = begin;
        this.end = end;
        this.effect = effect;
        this.state = state;
    }

    Fault fault() {
        return fault;
    }

    /** The event of a stream of {@code events} events after which it begins. */
    long position(long events) {
        return (long) (events * at);
    }

    /**
     * Begins the fault, and in the background holds it, ends it and waits until the functions have
     * caught up.
     *
     * @param position  events put before it
     * @param functions the run's functions
     * @param timeout   how long catching up may take
     */
    void begin(long position, Functions functions, Duration timeout) {
        this.position = position;
        long retriesBefore = functions.retries();
        long failedBefore = functions.toOnFailure();
        beganNanos = System.nanoTime();
        begin.run();
        thread = new Thread(() -> {
            try {
                LocalCloud.sleep(hold.toMillis());
                end.run();
                endedNanos = System.nanoTime();
                BooleanSupplier caughtUp = functions.caughtUpWithWhatIsPutNow();
                long deadline = endedNanos + timeout.toNanos();
                while (!caughtUp.getAsBoolean()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the functions did not catch up within " + timeout);
                    }
                    LocalCloud.sleep(50);
                }
                overNanos = System.nanoTime();
                retries = functions.retries() - retriesBefore;
                toOnFailure = functions.toOnFailure() - failedBefore;
            } catch (Throwable e) {
                failure = e;
            }
        }, "fault-" + fault.option());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until the fault is over.
     *
     * @throws InterruptedException if interrupted
     */
    void awaitOver() throws InterruptedException {
        if (thread == null) {
            return;
        }
        thread.join();
        if (failure != null) {
            throw new IllegalStateException(fault.option() + " fault: " + failure.getMessage(), failure);
        }
    }

    /** @return what the summary says of it */
    String report() {
        if (thread == null) {
            return fault.option() + " never injected";
        }
        return String.format("%s at %,d events: %s; %s for %.1f s, recovered %.1f s after it began"
                        + " (%,d mapping retries and bisections, %,d records other than poison to on-failure destinations)",
                fault.option(), position, effect.get(), state,
                (endedNanos - beganNanos) / 1e9, (overNanos - beganNanos) / 1e9, retries, toOnFailure);
    }

    /** @return the records it sent to on-failure destinations, once over */
    long toOnFailure() {
        return toOnFailure;
    }

    /** The order faults come in, each once the previous one is over. */
    static List<Disruption> inOrder(List<Disruption> disruptions) {
        return disruptions.stream().sorted((a, b) -> Double.compare(a.at, b.at)).toList();
    }
}
