package dev.stencil.defaults;

import java.time.Duration;

/**
 * The construct kit's settings that more than one part of Stencil states, decided once: the CDK
 * kit deploys them (each can still be overridden in {@code infra/stack-overrides.properties}),
 * the local run imitates them, and the generator prints them in the generated README and the
 * overrides file.
 *
 * @param mapping how a stream feeds a function
 * @param archive how a delivery stream lays out and buffers what it writes to a bucket
 * @param aggregates how aggregates tables are keyed, whoever writes them
 * @param sharedThroughputConsumers a stream with more consumers than this feeds its functions
 *     through enhanced fan-out: more than two consumers would share a shard's 2 MB/s of reads
 */
public record KitDefaults(Mapping mapping, Archive archive, Aggregates aggregates, int sharedThroughputConsumers) {

    /** The settings every generated project starts from. */
    /**
     * The construct ids the kit gives a stack's own constructs: the alarm topic, the dashboard, the
     * access-logs bucket and the shared key. No node may take one, or one its kit call derives
     * ({@code <Id>Key}).
     */
    public static final java.util.List<String> STACK_CONSTRUCT_IDS = java.util.List.of(
            KitDefaults.ALARMS_ID, KitDefaults.DASHBOARD_ID, KitDefaults.ACCESS_LOGS_ID, "Shared",
            KitDefaults.SHARED_KEY_ID);

    /** The stack's alarm topic. */
    public static final String ALARMS_ID = "Alarms";
    /** The stack's dashboard. */
    public static final String DASHBOARD_ID = "Dashboard";
    /** The bucket every bucket logs its access to. */
    public static final String ACCESS_LOGS_ID = "AccessLogs";
    /** The one key of every data store, when the {@code stack.sharedKey} setting is on. */
    public static final String SHARED_KEY_ID = "SharedKey";

    public static final KitDefaults STANDARD = new KitDefaults(
            new Mapping(100, 1, 3, 60, 2),
            new Archive("events/", "errors/", 64, 300),
            new Aggregates("page", "windowStart", "clicks", 1),
            2);

    /**
     * A stream → function event source mapping, under the overrides file's {@code mapping.*} keys.
     *
     * @param batchSize records per invocation at most
     * @param maxBatchingWindowSeconds how long the mapping waits to fill a batch
     * @param retryAttempts retries of a failed batch, each half the size after bisection
     * @param maxRecordAgeMinutes records older than this are given up on, to the failure queue
     * @param parallelizationFactor concurrent batches per shard
     */
    public record Mapping(int batchSize, int maxBatchingWindowSeconds, int retryAttempts, int maxRecordAgeMinutes,
            int parallelizationFactor) {

        /** {@link #maxBatchingWindowSeconds()} as a duration. */
        public Duration maxBatchingWindow() {
            return Duration.ofSeconds(maxBatchingWindowSeconds);
        }

        /** {@link #maxRecordAgeMinutes()} as a duration. */
        public Duration maxRecordAge() {
            return Duration.ofMinutes(maxRecordAgeMinutes);
        }
    }

    /**
     * A stream → bucket archive (a Firehose delivery stream).
     *
     * @param prefix where delivered objects go, followed by {@code yyyy/MM/dd/HH/}
     * @param errorPrefix where records that failed delivery go
     * @param bufferSizeMb the buffer that, once full, is written as one object
     * @param bufferIntervalSeconds the longest a record waits in the buffer
     */
    public record Archive(String prefix, String errorPrefix, int bufferSizeMb, int bufferIntervalSeconds) {

        /** {@link #bufferSizeMb()} in bytes. */
        public long bufferBytes() {
            return bufferSizeMb * 1024L * 1024L;
        }

        /** {@link #bufferIntervalSeconds()} as a duration. */
        public Duration bufferInterval() {
            return Duration.ofSeconds(bufferIntervalSeconds);
        }
    }

    /**
     * The items of an aggregates table: one per key and window.
     *
     * @param partitionKey the partition key attribute, holding the aggregate's key (a page)
     * @param sortKey the sort key attribute, holding the window's start in epoch milliseconds
     * @param counter the attribute counting the window's events
     * @param windowMinutes the size of the tumbling event-time windows, aligned to the epoch
     */
    public record Aggregates(String partitionKey, String sortKey, String counter, int windowMinutes) {

        /**
         * The partition key attribute of a declared aggregate whose group key is not one string
         * field: the group keys' values joined by {@code #}, {@code all} without group keys.
         */
        public static final String COMPOSITE_KEY = "key";

        /** The attribute of a declared aggregate's item holding its window's end, epoch milliseconds. */
        public static final String WINDOW_END = "windowEnd";

        /** The time-to-live attribute of a declared aggregate's item: when it expires, epoch seconds. */
        public static final String EXPIRES_AT = "expiresAt";

        /** {@link #windowMinutes()} as a duration. */
        public Duration window() {
            return Duration.ofMinutes(windowMinutes);
        }

        /**
         * The start of the window an event time falls in.
         *
         * @param eventTime epoch milliseconds
         * @return the window's start, epoch milliseconds
         */
        public long windowStart(long eventTime) {
            return Math.floorDiv(eventTime, window().toMillis()) * window().toMillis();
        }
    }
}
