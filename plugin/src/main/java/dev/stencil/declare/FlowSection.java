package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Aggregation;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FlowSemantics;
import dev.stencil.model.SourceLocation;
import dev.stencil.model.StreamSemantics;
import dev.stencil.naming.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code flows:}: each arrow of the diagram by {@code "from -> to"}, and what it does with the events
 * of its stream: a filter, an aggregation, enrichments.
 */
final class FlowSection {

    private static final Pattern KEY = Pattern.compile("\\s*([^\\s-][^\\s]*?)\\s*-+>\\s*([^\\s]+)\\s*");

    private FlowSection() {}

    static List<FlowSemantics> check(Checking checking, List<StreamSemantics> streams) {
        List<FlowSemantics> flows = new ArrayList<>();
        JsonNode section = checking.yaml().root().path("flows");
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            SourceLocation at = checking.yaml().keyAt(section, entry.getKey());
            Optional<Connection> arrow = arrow(checking, entry.getKey(), at);
            if (arrow.isEmpty()) {
                continue;
            }
            Optional<StreamSemantics> stream = streams.stream().filter(s -> s.stream().equals(arrow.get().from()))
                    .findFirst();
            Optional<EventSchema> schema = stream.flatMap(s -> checking.schema(s.schema()));
            JsonNode declared = entry.getValue();
            Optional<String> filter = Optional.empty();
            if (declared.has("filter")) {
                filter = FilterCheck.check(checking, arrow.get(), declared.get("filter"), schema,
                        checking.yaml().keyAt(declared, "filter"));
            }
            Optional<Aggregation> aggregate = Optional.empty();
            if (declared.has("aggregate")) {
                checking.aggregateDeclared(arrow.get().from(), arrow.get().to());
                aggregate = AggregateCheck.check(checking, arrow.get(), declared.get("aggregate"), stream, schema,
                        checking.yaml().keyAt(declared, "aggregate"));
            }
            EnrichCheck enrich = EnrichCheck.NONE;
            if (declared.has("enrich")) {
                enrich = EnrichCheck.check(checking, arrow.get(), declared.get("enrich"), schema,
                        checking.yaml().keyAt(declared, "enrich"));
            }
            flows.add(new FlowSemantics(arrow.get().from(), arrow.get().to(), filter, aggregate, enrich.lookups(),
                    enrich.geoIps(), at));
        }
        return flows;
    }

    /** The arrow a key names, such as {@code "raw -> rollup"}; a located error when the diagram has none. */
    private static Optional<Connection> arrow(Checking checking, String key, SourceLocation at) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            checking.error("SIDECAR_FLOW_KEY", at, "'" + key + "' does not name an arrow",
                    "name it by the aliases of its ends, as \"from -> to\"");
            return Optional.empty();
        }
        String from = m.group(1);
        String to = m.group(2);
        Optional<Connection> arrow = checking.architecture().connections().stream()
                .filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst();
        if (arrow.isEmpty()) {
            List<String> arrows = checking.architecture().connections().stream()
                    .map(c -> c.from() + " -> " + c.to()).toList();
            checking.error("SIDECAR_UNKNOWN_ARROW", at, "the diagram has no arrow " + from + " -> " + to,
                    DidYouMean.hint(from + " -> " + to, arrows, "its arrows are " + String.join(", ", arrows)));
        }
        return arrow;
    }

    /** A located error when a declaration is on an arrow of another kind. */
    static boolean on(Checking checking, Connection arrow, ConnectionKind kind, String what, SourceLocation at,
            String where) {
        if (arrow.kind() == kind) {
            return true;
        }
        checking.error("DECLARATION_NOT_ON_THIS_ARROW", at, what + " does not apply to " + arrow.from() + " -> "
                + arrow.to() + " (" + arrow.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")",
                what + " applies to " + where);
        return false;
    }
}
