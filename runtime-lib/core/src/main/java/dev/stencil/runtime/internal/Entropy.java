package dev.stencil.runtime.internal;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runtime's one pseudo-random source, for backoff jitter and generated ids, that a SnapStart restore
 * re-seeds ({@link #reseed()}): every copy restored from one snapshot starts with the same memory, so a
 * generator seeded before the snapshot ({@code ThreadLocalRandom}, {@code java.util.Random}) would hand every
 * copy the same jitter and the same ids. SplitMix64 over one atomic counter: lock-free, 64 bits of state.
 * Not for secrets.
 */
public final class Entropy {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final AtomicLong STATE = new AtomicLong(mix(System.nanoTime() ^ System.currentTimeMillis()
            ^ ProcessHandle.current().pid() << 32));

    private Entropy() {
    }

    /** A number in [0, bound) for a positive bound. */
    public static long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return Math.floorMod(next(), bound);
    }

    /** A random (version 4) UUID from this source. */
    public static UUID uuid() {
        long most = next() & ~0xF000L | 0x4000L;
        long least = next() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /**
     * A new seed from the operating system's entropy (a fresh {@link SecureRandom}, which reads
     * {@code /dev/urandom} when called, so it differs between restored copies).
     */
    public static void reseed() {
        STATE.set(new SecureRandom().nextLong());
    }

    /** The generator's state: what a snapshot holds. Tests set it to stand for copies restored from one snapshot. */
    public static long state() {
        return STATE.get();
    }

    /** Sets the generator's state; see {@link #state()}. */
    public static void state(long state) {
        STATE.set(state);
    }

    private static long next() {
        return mix(STATE.addAndGet(GOLDEN_GAMMA));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
