package dev.stencil.plan;

import dev.stencil.model.Aggregation;
import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Declarations;
import dev.stencil.model.StreamSemantics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the generated README says of the sidecar's declarations, in Markdown: each declared stream's
 * events, and what each arrow does with them (filters, aggregates, items by id, lookups).
 */
final class DeclaredData {

    private final Architecture architecture;
    private final Declarations declared;

    DeclaredData(Architecture architecture) {
        this.architecture = architecture;
        this.declared = architecture.declarations();
    }

    /** One line per declared stream: its schema, event time, partition key and id. */
    List<String> streams() {
        List<String> lines = new ArrayList<>();
        for (StreamSemantics s : declared.streams()) {
            lines.add(code(s.stream()) + " carries " + code(s.schema()) + " events"
                    + s.eventTime().map(t -> ", event time " + code(t)).orElse("")
                    + s.partitionKey().map(k -> ", partition key " + code(k)).orElse("")
                    + s.id().map(i -> ", identified by " + code(i)).orElse(""));
        }
        return lines;
    }

    /** What an arrow does, with what the sidecar declares of it. */
    String meaning(Connection arrow) {
        String meaning = arrow.kind().meaning();
        Optional<String> id = declared.eventsOf(architecture, arrow.from()).flatMap(StreamSemantics::id);
        if (arrow.kind() == ConnectionKind.FUNCTION_TO_TABLE && id.isPresent()) {
            meaning = "the function puts each event as an item keyed by " + code(id.get());
        }
        Optional<Aggregation> aggregate = declared.aggregate(arrow.from(), arrow.to());
        if (aggregate.isPresent()) {
            meaning += ", as a Flink SQL job: " + aggregate(aggregate.get());
        }
        Optional<String> filter = declared.filter(arrow.from(), arrow.to());
        if (filter.isPresent()) {
            meaning += "; only events matching " + code(filter.get());
        }
        List<String> locations = declared.flow(arrow.from(), arrow.to()).stream().flatMap(f -> f.geoIps().stream())
                .map(g -> "locating " + code(g.field()) + " as " + code(g.as()) + g.table()
                        .map(t -> " with " + code(t.fileName())).orElse(" with the table in `GEOIP_CSV`")).toList();
        if (!locations.isEmpty()) {
            meaning += "; " + String.join("; ", locations);
        }
        if (arrow.kind() == ConnectionKind.TABLE_TO_FUNCTION) {
            List<String> lookups = declared.lookupsOf(architecture, arrow.to()).stream()
                    .filter(l -> l.table().equals(arrow.from()))
                    .map(l -> "by " + code(l.key()) + ", added as " + code(l.as())).toList();
            if (!lookups.isEmpty()) {
                meaning += " (GetItem behind a cache) " + String.join("; ", lookups);
            }
        }
        return meaning;
    }

    private static String aggregate(Aggregation aggregation) {
        Aggregation.Window w = aggregation.window();
        String window = switch (w.kind()) {
            case TUMBLE -> "tumbling windows of " + duration(w.size());
            case HOP -> "windows of " + duration(w.size()) + " every " + duration(w.slide());
            case SESSION -> "sessions closed by a gap of " + duration(w.size());
        };
        String keys = aggregation.groupBy().isEmpty() ? "" : " per " + aggregation.groupBy().stream()
                .map(DeclaredData::code).collect(Collectors.joining(", "));
        String measures = aggregation.measures().stream().map(m -> code(m.name()) + " = "
                + m.operation().name().toLowerCase(Locale.ROOT) + m.field().map(f -> "(" + f + ")").orElse(""))
                .collect(Collectors.joining(", "));
        return window + keys + " (" + measures + ")" + aggregation.ttl().map(t -> ", kept " + duration(t)).orElse("");
    }

    private static String duration(Duration duration) {
        return WholeUnit.of(duration).sidecar();
    }

    /** Markdown code, inside a table cell too: pipes escaped, backticks (which no name holds) made quotes. */
    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }
}
