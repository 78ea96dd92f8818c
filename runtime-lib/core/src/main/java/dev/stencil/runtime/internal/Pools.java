package dev.stencil.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Connection pools that a copy restored from a SnapStart snapshot must not reuse (their sockets belonged to
 * the process the snapshot was taken from). Each owner registers how to drop its pool; {@link #dropAll()} runs
 * them after a restore. Owners are held weakly.
 */
public final class Pools {
    private static final Map<Object, Consumer<Object>> OWNERS = new WeakHashMap<>();

    private Pools() {
    }

    /**
     * @param owner the object that holds the pool
     * @param drop  replaces the owner's pool with a new, empty one; must not capture the owner
     */
    @SuppressWarnings("unchecked")
    public static synchronized <T> void register(T owner, Consumer<? super T> drop) {
        OWNERS.put(owner, (Consumer<Object>) drop);
    }

    /** Drops every registered pool. */
    public static void dropAll() {
        List<Map.Entry<Object, Consumer<Object>>> owners;
        synchronized (Pools.class) {
            owners = new ArrayList<>(OWNERS.entrySet());
        }
        owners.forEach(owner -> owner.getValue().accept(owner.getKey()));
    }
}
