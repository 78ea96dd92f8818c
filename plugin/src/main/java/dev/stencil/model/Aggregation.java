package dev.stencil.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an {@code aggregate:} arrow declares: windows of the stream's events by event time, group
 * keys and measures, and how long the aggregates table keeps each window.
 *
 * @param window the window
 * @param groupBy the group keys, fields of the stream's schema, in declared order
 * @param measures the measures, in declared order
 * @param ttl how long after its window ends an item expires; empty when it never does
 */
public record Aggregation(Window window, List<String> groupBy, List<Measure> measures, Optional<Duration> ttl) {

    public Aggregation {
        groupBy = List.copyOf(groupBy);
        measures = List.copyOf(measures);
    }

    /** How events are cut into windows. */
    public enum WindowKind { TUMBLE, HOP, SESSION }

    /**
     * A window, aligned to the epoch.
     *
     * @param kind tumbling, hopping or session
     * @param size its size; a session's gap
     * @param slide how far a hopping window moves; its size for the others
     */
    public record Window(WindowKind kind, Duration size, Duration slide) {}

    /** What a measure computes. */
    public enum Operation {
        COUNT, SUM, MIN, MAX, AVG, COUNT_DISTINCT;

        /** Whether it needs a numeric field. */
        public boolean numeric() {
            return this == SUM || this == AVG;
        }
    }

    /**
     * One measure of each window.
     *
     * @param name the attribute it is written to
     * @param operation what it computes
     * @param field the field it computes on; empty for {@code count}
     */
    public record Measure(String name, Operation operation, Optional<String> field) {}

    /**
     * The group key when it is one required string (or enum) field of the schema: the aggregates
     * table is then keyed by it; otherwise by the group keys' values joined (a missing value as
     * {@code null}, since a key attribute cannot be missing).
     *
     * @param schema the stream's schema
     * @return the field
     */
    public Optional<String> singleStringKey(EventSchema schema) {
        return groupBy.size() == 1 ? schema.field(groupBy.get(0))
                .filter(f -> !f.optional() && (f.type() == FieldType.STRING || f.type() == FieldType.ENUM))
                .map(EventField::name)
                : Optional.empty();
    }
}
