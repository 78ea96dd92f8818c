package dev.stencil.runtime.local;

import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.waiters.KinesisWaiter;

/** Creates uniquely named streams on a local Kinesis for one test each. */
public final class Streams {
    private Streams() {
    }

    /** A new active stream with {@code shards} shards; the waiter polls every 100 ms, not the SDK's 10 s. */
    public static String create(KinesisClient kinesis, int shards) {
        String name = "s-" + UUID.randomUUID();
        kinesis.createStream(r -> r.streamName(name).shardCount(shards));
        try (KinesisWaiter waiter = KinesisWaiter.builder().client(kinesis)
                .overrideConfiguration(WaiterOverrideConfiguration.builder().maxAttempts(200)
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))).build())
                .build()) {
            waiter.waitUntilStreamExists(r -> r.streamName(name));
        }
        return name;
    }
}
