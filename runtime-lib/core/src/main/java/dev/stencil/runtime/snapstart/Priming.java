package dev.stencil.runtime.snapstart;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.stencil.runtime.internal.DryRun;
import dev.stencil.runtime.internal.Entropy;
import dev.stencil.runtime.internal.Pools;
import dev.stencil.runtime.internal.Prebuilt;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming of a Kinesis-triggered handler, as a CRaC runtime hook ({@code org.crac}; a no-op outside
 * SnapStart or a CRaC JVM). Before the snapshot, it waits for the clients built in the background and runs a
 * synthetic batch through the handler as a {@link DryRun}: decoding, the logic and the sinks' encoding run (and
 * the AWS SDK resolves endpoints and credentials providers and signs), but nothing is sent to any store. The
 * snapshot then holds loaded classes, compiled code and built clients, so the first batch after a restore does
 * not pay for them. After a restore it re-seeds the runtime's random source (backoff jitter, generated ids:
 * copies restored from one snapshot would otherwise repeat each other) and drops pooled connections.
 *
 * <p>A generated handler registers itself in the constructor Lambda uses:
 * <pre>{@code
 * public FnHandler() {
 *     this(Env.system());
 *     Priming.register(this);
 * }
 * }</pre>
 * The synthetic events reach the logic: their ids start with {@link SyntheticClicks#ID_PREFIX}.
 */
public final class Priming implements Resource {
    /**
     * Synthetic batches run before the snapshot: enough for the JIT to compile the per-record path and to
     * warm the per-batch one (bulk request, signing, HTTP exchange), which runs once per batch.
     */
    public static final int ROUNDS = 50;
    /** Records per synthetic batch: the event source mapping's default batch size. */
    public static final int RECORDS = 100;

    /** Strong references: CRaC holds registered resources weakly. */
    private static final List<Priming> REGISTERED = new CopyOnWriteArrayList<>();

    private final KinesisBatchHandler<?> handler;
    private final Supplier<KinesisEvent> batch;
    private final int rounds;

    private Priming(KinesisBatchHandler<?> handler, Supplier<KinesisEvent> batch, int rounds) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.batch = Objects.requireNonNull(batch, "batch");
        this.rounds = rounds;
    }

    /**
     * Primes {@code handler} with {@value #ROUNDS} batches of {@value #RECORDS} synthetic clicks, made only
     * when the snapshot is taken: a function without SnapStart does not pay for them.
     */
    public static Priming register(KinesisBatchHandler<?> handler) {
        return register(handler, () -> SyntheticClicks.batch(RECORDS), ROUNDS);
    }

    /**
     * @param handler the handler to prime
     * @param batch   the synthetic batch, as the handler's stream would deliver it
     * @param rounds  how many times the batch is run before the snapshot
     * @return the registered hook
     */
    public static Priming register(KinesisBatchHandler<?> handler, KinesisEvent batch, int rounds) {
        Objects.requireNonNull(batch, "batch");
        return register(handler, () -> batch, rounds);
    }

    private static Priming register(KinesisBatchHandler<?> handler, Supplier<KinesisEvent> batch, int rounds) {
        Priming priming = new Priming(handler, batch, rounds);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    /** The hooks registered in this JVM, for tools that run them outside a CRaC JVM (benchmarks). */
    public static List<Priming> registered() {
        return List.copyOf(REGISTERED);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Entropy.reseed();
        Pools.dropAll();
    }

    /**
     * Runs the synthetic batch {@code rounds} times as a dry run, after the background clients are built.
     *
     * @return the handler's answer to the last round (no failures when the logic accepts the synthetic events)
     */
    public StreamsEventResponse prime() {
        Prebuilt.awaitAll();
        KinesisEvent synthetic = batch.get();
        StreamsEventResponse last = new StreamsEventResponse(List.of());
        for (int round = 0; round < rounds; round++) {
            last = DryRun.run(() -> handler.handleRequest(synthetic, null));
        }
        Entropy.reseed();
        return last;
    }
}
