package dev.stencil.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.StreamSemantics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenSearch Dashboards saved objects for an index of declared events, one per line, derived from the
 * schema and its mappings ({@link SearchMappings}): the index pattern on the event time, events over
 * event time, the top values of its first keyword fields (enums first: a fixed set of values), and the
 * average of its first number fields over time; then a dashboard holding them.
 */
final class SchemaDashboards {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHARTS_PER_KIND = 2;

    private SchemaDashboards() {}

    static String of(String index, String idPrefix, EventSchema schema, StreamSemantics stream) {
        Optional<String> time = stream.eventTime();
        List<String> lines = new ArrayList<>();
        ObjectNode pattern = JSON.createObjectNode().put("title", index);
        time.ifPresent(t -> pattern.put("timeFieldName", t));
        lines.add(savedObject("index-pattern", idPrefix + "-pattern", pattern, JSON.createArrayNode()).toString());
        List<String> charts = new ArrayList<>();
        time.ifPresent(t -> charts.add(chart(lines, idPrefix, "events-over-time", "Events over time", "line",
                List.of(count(), histogram(t)))));
        schema.fields().stream()
                .filter(f -> (f.type() == FieldType.STRING || f.type() == FieldType.ENUM)
                        && !stream.id().map(f.name()::equals).orElse(false) && !time.map(f.name()::equals).orElse(false))
                .sorted(java.util.Comparator.comparing(f -> f.type() != FieldType.ENUM))
                .limit(CHARTS_PER_KIND)
                .forEach(f -> charts.add(chart(lines, idPrefix, "top-" + f.name(), "Top " + f.name(), "table",
                        List.of(count(), terms(f)))));
        schema.fields().stream().filter(f -> f.type().numeric()).limit(CHARTS_PER_KIND).forEach(f -> {
            List<ObjectNode> aggs = new ArrayList<>(List.of(average(f)));
            time.ifPresent(t -> aggs.add(histogram(t)));
            charts.add(chart(lines, idPrefix, "average-" + f.name(), "Average " + f.name()
                    + (time.isPresent() ? " over time" : ""), time.isPresent() ? "line" : "metric", aggs));
        });
        lines.add(dashboard(idPrefix, "Events in " + index, charts).toString());
        return String.join("\n", lines) + "\n";
    }

    private static String chart(List<String> lines, String idPrefix, String name, String title, String type,
                                List<ObjectNode> aggs) {
        String id = idPrefix + "-" + name;
        ObjectNode state = JSON.createObjectNode().put("title", title).put("type", type);
        ArrayNode list = state.putArray("aggs");
        for (int i = 0; i < aggs.size(); i++) {
            list.add(aggs.get(i).put("id", String.valueOf(i + 1)).put("enabled", true));
        }
        state.putObject("params").put("addTooltip", true).put("addLegend", true);
        ObjectNode attributes = JSON.createObjectNode().put("title", title).put("description", "").put("version", 1)
                .put("uiStateJSON", "{}").put("visState", state.toString());
        attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", JSON.createObjectNode()
                .<ObjectNode>set("query", JSON.createObjectNode().put("query", "").put("language", "kuery"))
                .<ObjectNode>set("filter", JSON.createArrayNode())
                .put("indexRefName", "kibanaSavedObjectMeta.searchSourceJSON.index").toString());
        ArrayNode references = JSON.createArrayNode();
        references.addObject().put("name", "kibanaSavedObjectMeta.searchSourceJSON.index").put("type", "index-pattern")
                .put("id", idPrefix + "-pattern");
        lines.add(savedObject("visualization", id, attributes, references).toString());
        return id;
    }

    private static ObjectNode dashboard(String idPrefix, String title, List<String> charts) {
        ArrayNode panels = JSON.createArrayNode();
        ArrayNode references = JSON.createArrayNode();
        for (int i = 0; i < charts.size(); i++) {
            String panel = String.valueOf(i + 1);
            panels.addObject().put("panelIndex", panel).put("panelRefName", "panel_" + i)
                    .<ObjectNode>set("embeddableConfig", JSON.createObjectNode())
                    .putObject("gridData").put("x", i % 2 * 24).put("y", i / 2 * 15).put("w", 24).put("h", 15)
                    .put("i", panel);
            references.addObject().put("name", "panel_" + i).put("type", "visualization").put("id", charts.get(i));
        }
        ObjectNode attributes = JSON.createObjectNode().put("title", title).put("description", "Generated by Stencil")
                .put("version", 1).put("timeRestore", true).put("timeFrom", "now-1h").put("timeTo", "now")
                .put("optionsJSON", "{\"useMargins\":true,\"hidePanelTitles\":false}")
                .put("panelsJSON", panels.toString());
        attributes.putObject("refreshInterval").put("pause", false).put("value", 30_000);
        attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON",
                "{\"query\":{\"query\":\"\",\"language\":\"kuery\"},\"filter\":[]}");
        return savedObject("dashboard", idPrefix + "-dashboard", attributes, references);
    }

    private static ObjectNode savedObject(String type, String id, ObjectNode attributes, ArrayNode references) {
        ObjectNode object = JSON.createObjectNode().put("type", type).put("id", id);
        object.set("attributes", attributes);
        object.set("references", references);
        return object;
    }

    private static ObjectNode count() {
        return JSON.createObjectNode().put("type", "count").put("schema", "metric")
                .set("params", JSON.createObjectNode());
    }

    private static ObjectNode average(EventField field) {
        ObjectNode agg = JSON.createObjectNode().put("type", "avg").put("schema", "metric");
        agg.putObject("params").put("field", field.name());
        return agg;
    }

    private static ObjectNode histogram(String timeField) {
        ObjectNode agg = JSON.createObjectNode().put("type", "date_histogram").put("schema", "segment");
        agg.putObject("params").put("field", timeField).put("interval", "auto").put("min_doc_count", 1)
                .set("extended_bounds", JSON.createObjectNode());
        return agg;
    }

    private static ObjectNode terms(EventField field) {
        ObjectNode agg = JSON.createObjectNode().put("type", "terms").put("schema", "bucket");
        agg.putObject("params").put("field", field.name()).put("size", 20).put("order", "desc").put("orderBy", "1");
        return agg;
    }
}
