package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.SourceLocation;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aggregate:} a window, group keys and measures over the stream's schema, or a user-owned
 * Flink SQL file. Checked in full; the Flink job is not yet generated from it (a warning says so).
 */
final class AggregateCheck {

    private static final String SIZE = "(\\d+)(ms|s|m|h|d)";
    private static final Pattern TUMBLE = Pattern.compile("tumble\\s+" + SIZE);
    private static final Pattern HOP = Pattern.compile("hop\\s+" + SIZE + "\\s+every\\s+" + SIZE);
    private static final Pattern SESSION = Pattern.compile("session\\s+" + SIZE);
    private static final Pattern MEASURE = Pattern.compile("(count|sum|min|max|avg|count_distinct)(?:\\(\\s*([^)\\s]*)\\s*\\))?");

    private AggregateCheck() {}

    static void check(Checking checking, Connection arrow, JsonNode aggregate, Optional<EventSchema> schema,
            SourceLocation at) {
        if (!FlowSection.on(checking, arrow, ConnectionKind.STREAM_TO_FLINK, "aggregate", at,
                "an arrow from a stream to a Flink application")) {
            return;
        }
        LocatedYaml yaml = checking.yaml();
        if (aggregate.has("sql")) {
            if (aggregate.has("window") || aggregate.has("groupBy") || aggregate.has("measures")) {
                checking.error("AGGREGATE_SQL_AND_MEASURES", at, "the aggregate names a SQL file and declares a window,"
                        + " groups or measures", "keep either sql: or window, groupBy and measures");
            }
            if (!Files.isRegularFile(checking.resolve(aggregate.get("sql").asText()))) {
                checking.error("SQL_NOT_FOUND", yaml.at(aggregate.get("sql")), "no file "
                        + checking.resolve(aggregate.get("sql").asText()), "give the path of a Flink SQL file,"
                        + " relative to the sidecar");
            }
        } else {
            window(checking, aggregate, at);
            schema.ifPresent(s -> {
                aggregate.path("groupBy").forEach(g -> checking.field(s, g, "the group key"));
                measures(checking, s, aggregate.path("measures"));
            });
        }
        checking.warning("NOT_GENERATED_YET", at, "aggregate on " + arrow.from() + " -> " + arrow.to() + " is checked"
                + " but not generated yet: the Flink job still counts events per page per window",
                "the declaration is kept; a later Stencil generates the Flink SQL job from it");
    }

    private static void window(Checking checking, JsonNode aggregate, SourceLocation at) {
        if (!aggregate.has("window")) {
            checking.error("AGGREGATE_WITHOUT_WINDOW", at, "the aggregate has no window",
                    "add window: tumble 1m, hop 5m every 1m or session 30s");
            return;
        }
        JsonNode node = aggregate.get("window");
        String window = node.asText().strip();
        SourceLocation where = checking.yaml().at(node);
        if (window.matches("(tumble|hop|session)(\\s+every.*)?")) {
            checking.error("WINDOW_WITHOUT_SIZE", where, "window '" + window + "' has no size",
                    "give its size: tumble 1m, hop 5m every 1m or session 30s");
            return;
        }
        Matcher hop = HOP.matcher(window);
        if (hop.matches()) {
            if (millis(hop.group(3), hop.group(4)) > millis(hop.group(1), hop.group(2))) {
                checking.error("WINDOW_INVALID", where, "window '" + window + "' slides further than it is long:"
                        + " events between windows would be left out", "slide by at most its size");
            }
            return;
        }
        if (!TUMBLE.matcher(window).matches() && !SESSION.matcher(window).matches()) {
            checking.error("WINDOW_INVALID", where, "'" + window + "' is not a window",
                    "write tumble <size>, hop <size> every <slide> or session <gap>; sizes such as 30s, 1m, 1h");
        }
    }

    private static long millis(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit) {
            case "ms" -> n;
            case "s" -> n * 1_000;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n * 86_400_000;
        };
    }

    private static void measures(Checking checking, EventSchema schema, JsonNode measures) {
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
            if (m.group(2) == null) {
                continue;
            }
            String function = m.group(1);
            checking.field(schema, m.group(2), at, "measure " + measure.getKey() + "'s field").ifPresent(f -> {
                if (!function.equals("count_distinct") && !function.equals("min") && !function.equals("max")) {
                    checking.numeric(schema, f, at, function + " of measure " + measure.getKey());
                }
            });
        }
    }
}
