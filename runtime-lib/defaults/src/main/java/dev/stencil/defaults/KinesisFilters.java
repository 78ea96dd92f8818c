package dev.stencil.defaults;

/**
 * How a filter over an event's fields becomes the filter criteria of a Kinesis event source mapping,
 * decided once for the generator, the construct kit and the local run: Lambda evaluates a pattern on
 * a Kinesis record with the record's data decoded as JSON, under the key {@code data}.
 */
public final class KinesisFilters {

    private KinesisFilters() {
    }

    /**
     * The pattern as deployed and as Lambda evaluates it.
     *
     * @param fieldPattern an EventBridge event pattern over the event's fields, as JSON
     * @return the pattern over the record, {@code {"data": fieldPattern}}
     */
    public static String onData(String fieldPattern) {
        return "{\"data\":" + fieldPattern + "}";
    }
}
