package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Aggregation;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.SourceLocation;
import dev.stencil.model.StreamSemantics;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aggregate:} a window, group keys and measures over the stream's schema, from which the
 * arrow's Flink SQL job is generated; or a user-owned Flink SQL file, checked but not yet run (a
 * warning says so).
 */
final class AggregateCheck {

    /** A size such as {@code 30s}, {@code 1 m}, {@code 5 minutes} or {@code 2h}. */
    private static final String SIZE = "(\\d{1,9})\\s*(ms|millis(?:econds?)?|s|secs?|seconds?|m|mins?|minutes?|h|hours?|d|days?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern TUMBLE = Pattern.compile("tumble\\s+" + SIZE, FLAGS);
    private static final Pattern HOP = Pattern.compile("hop\\s+" + SIZE + "\\s+every\\s+" + SIZE, FLAGS);
    private static final Pattern SESSION = Pattern.compile("session\\s+" + SIZE, FLAGS);
    private static final Pattern DURATION = Pattern.compile(SIZE, FLAGS);
    private static final Pattern MEASURE = Pattern.compile("(count|sum|min|max|avg|count_distinct)(?:\\(\\s*([^)\\s]*)\\s*\\))?");

    /** The attributes an aggregate's item has besides its group keys and measures. */
    private static final List<String> RESERVED = List.of(KitDefaults.STANDARD.aggregates().sortKey(),
            KitDefaults.Aggregates.WINDOW_END, KitDefaults.Aggregates.COMPOSITE_KEY, KitDefaults.Aggregates.EXPIRES_AT);

    private AggregateCheck() {}

    static Optional<Aggregation> check(Checking checking, Connection arrow, JsonNode aggregate,
            Optional<StreamSemantics> stream, Optional<EventSchema> schema, SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FLINK, "aggregate", at,
                "an arrow from a stream to a Flink application")) {
            return Optional.empty();
        }
        if (aggregate.has("sql")) {
            sql(checking, arrow, aggregate, at);
            return Optional.empty();
        }
        long errors = checking.errors();
        Optional<Aggregation.Window> window = window(checking, aggregate, at);
        Optional<Duration> ttl = ttl(checking, aggregate);
        if (schema.isEmpty()) {
            if (stream.isEmpty()) {
                checking.error("AGGREGATE_WITHOUT_SCHEMA", at, "the aggregate on " + arrow.from() + " -> " + arrow.to()
                        + " has no fields to compute on: stream " + arrow.from() + " declares no schema",
                        "declare it under streams: " + arrow.from() + ": { schema: <name>, eventTime: <field> }");
            }
            return Optional.empty();
        }
        if (stream.flatMap(StreamSemantics::eventTime).isEmpty()) {
            checking.error("AGGREGATE_WITHOUT_EVENT_TIME", at, "the aggregate on " + arrow.from() + " -> " + arrow.to()
                    + " windows events by their time, but stream " + arrow.from() + " names no event time",
                    "add eventTime: <field> to streams." + arrow.from() + " (a timestamp-millis long or an ISO-8601 string)");
        }
        List<String> groupBy = new ArrayList<>();
        aggregate.path("groupBy").forEach(g -> checking.field(schema.get(), g, "the group key").ifPresent(f -> {
            if (f.type() == FieldType.OTHER) {
                checking.error("GROUP_KEY_NOT_SCALAR", checking.yaml().at(g), "the group key " + f.name() + " of "
                        + schema.get().name() + " is " + f.type().aWord(), "group by a string, enum, number or boolean field");
            }
            groupBy.add(f.name());
        }));
        List<Aggregation.Measure> measures = measures(checking, schema.get(), aggregate.path("measures"), groupBy);
        if (checking.errors() > errors || window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Aggregation(window.get(), groupBy, measures, ttl));
    }

    private static void sql(Checking checking, Connection arrow, JsonNode aggregate, SourceLocation at) {
        LocatedYaml yaml = checking.yaml();
        if (aggregate.has("window") || aggregate.has("groupBy") || aggregate.has("measures")) {
            checking.error("AGGREGATE_SQL_AND_MEASURES", at, "the aggregate names a SQL file and declares a window,"
                    + " groups or measures", "keep either sql: or window, groupBy and measures");
        }
        java.nio.file.Path file = checking.resolve(aggregate.get("sql").asText());
        if (!Files.isRegularFile(file)) {
            checking.error("SQL_NOT_FOUND", yaml.at(aggregate.get("sql")), "no file " + file,
                    "give the path of a Flink SQL file, relative to the sidecar");
            return;
        }
        if (!SqlFileCheck.check(checking, file)) {
            return;
        }
        checking.warning("NOT_GENERATED_YET", at, "the SQL file of " + arrow.from() + " -> " + arrow.to() + " is checked"
                + " with Flink's SQL parser but not run yet: the Flink job still counts events per page per window",
                "declare window, groupBy and measures instead to have the Flink SQL job generated");
    }

    private static Optional<Aggregation.Window> window(Checking checking, JsonNode aggregate, SourceLocation at) {
        if (!aggregate.has("window")) {
            checking.error("AGGREGATE_WITHOUT_WINDOW", at, "the aggregate has no window",
                    "add window: tumble 1m, hop 5m every 1m or session 30s");
            return Optional.empty();
        }
        JsonNode node = aggregate.get("window");
        String window = node.asText().strip();
        SourceLocation where = checking.yaml().at(node);
        if (window.toLowerCase(Locale.ROOT).matches("(tumble|hop|session)(\\s+every.*)?")) {
            checking.error("WINDOW_WITHOUT_SIZE", where, "window '" + window + "' has no size",
                    "give its size: tumble 1m, hop 5m every 1m or session 30s");
            return Optional.empty();
        }
        Matcher hop = HOP.matcher(window);
        if (hop.matches()) {
            Duration size = duration(hop.group(1), hop.group(2));
            Duration slide = duration(hop.group(3), hop.group(4));
            if (slide.compareTo(size) > 0) {
                checking.error("WINDOW_INVALID", where, "window '" + window + "' slides further than it is long:"
                        + " events between windows would be left out", "slide by at most its size");
                return Optional.empty();
            }
            if (slide.isZero() || size.toMillis() % slide.toMillis() != 0) {
                checking.error("WINDOW_INVALID", where, "window '" + window + "' is not a whole number of slides long,"
                        + " which Flink's hopping windows need", "make its size a multiple of its slide, such as hop 5m every 1m");
                return Optional.empty();
            }
            return Optional.of(new Aggregation.Window(Aggregation.WindowKind.HOP, size, slide));
        }
        for (Pattern kind : List.of(TUMBLE, SESSION)) {
            Matcher m = kind.matcher(window);
            if (m.matches() && !duration(m.group(1), m.group(2)).isZero()) {
                Duration size = duration(m.group(1), m.group(2));
                return Optional.of(new Aggregation.Window(kind == TUMBLE ? Aggregation.WindowKind.TUMBLE
                        : Aggregation.WindowKind.SESSION, size, size));
            }
        }
        checking.error("WINDOW_INVALID", where, "'" + window + "' is not a window",
                "write tumble <size>, hop <size> every <slide> or session <gap>; sizes such as 30s, 1m, 1h");
        return Optional.empty();
    }

    private static Optional<Duration> ttl(Checking checking, JsonNode aggregate) {
        if (!aggregate.has("ttl")) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(aggregate.get("ttl").asText().strip());
        if (!m.matches() || duration(m.group(1), m.group(2)).toSeconds() < 1) {
            checking.error("TTL_INVALID", checking.yaml().at(aggregate.get("ttl")), "ttl '" + aggregate.get("ttl").asText()
                    + "' is not a time to live", "write how long a window's item is kept, such as 7d or 12h");
            return Optional.empty();
        }
        return Optional.of(duration(m.group(1), m.group(2)));
    }

    private static Duration duration(String amount, String unit) {
        long n = Long.parseLong(amount);
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("ms") || u.startsWith("milli")) {
            return Duration.ofMillis(n);
        }
        return switch (u.charAt(0)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static List<Aggregation.Measure> measures(Checking checking, EventSchema schema, JsonNode measures,
            List<String> groupBy) {
        List<Aggregation.Measure> declared = new ArrayList<>();
        for (Map.Entry<String, JsonNode> measure : measures.properties()) {
            SourceLocation at = checking.yaml().at(measure.getValue());
            String written = measure.getValue().asText().strip();
            Matcher m = MEASURE.matcher(written);
            if (!m.matches() || (m.group(1).equals("count") && m.group(2) != null && !m.group(2).isEmpty())
                    || (!m.group(1).equals("count") && (m.group(2) == null || m.group(2).isEmpty()))) {
                checking.error("MEASURE_INVALID", at, "measure " + measure.getKey() + ": '" + written
                        + "' is not a measure", "write count, sum(f), min(f), max(f), avg(f) or count_distinct(f)");
                continue;
            }
            if (groupBy.contains(measure.getKey()) || RESERVED.contains(measure.getKey())) {
                checking.error("MEASURE_NAME_TAKEN", checking.yaml().keyAt(measures, measure.getKey()), "measure "
                        + measure.getKey() + " would overwrite the item's " + (groupBy.contains(measure.getKey())
                        ? "group key" : "own attribute") + " " + measure.getKey(), "name it otherwise; an item holds "
                        + String.join(", ", groupBy) + (groupBy.isEmpty() ? "" : ", ") + String.join(", ",
                        RESERVED) + " besides its measures");
                continue;
            }
            Aggregation.Operation operation = Aggregation.Operation.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            if (m.group(2) == null) {
                declared.add(new Aggregation.Measure(measure.getKey(), operation, Optional.empty()));
                continue;
            }
            checking.field(schema, m.group(2), at, "measure " + measure.getKey() + "'s field").ifPresent(f -> {
                if (operation.numeric()) {
                    checking.numeric(schema, f, at, m.group(1) + " of measure " + measure.getKey());
                } else if (f.type() == FieldType.OTHER || f.type() == FieldType.BOOLEAN) {
                    checking.error("FIELD_NOT_COMPARABLE", at, m.group(1) + " of measure " + measure.getKey()
                            + " needs values that compare, but " + f.name() + " of " + schema.name() + " is "
                            + f.type().aWord(), "use a string, enum, number or timestamp field");
                }
                declared.add(new Aggregation.Measure(measure.getKey(), operation, Optional.of(f.name())));
            });
        }
        return declared;
    }
}
