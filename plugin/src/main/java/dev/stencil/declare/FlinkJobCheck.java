package dev.stencil.declare;

import dev.stencil.model.Aggregation;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowSemantics;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.StreamSemantics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Flink application is generated as one job: a Flink SQL job when its arrows declare an
 * aggregate, the clickstream count per page otherwise. So either every stream arrow into it declares
 * the same aggregate over the same schema, or none does; and a table it writes aggregates to is
 * keyed for them, so no other writer may share it. An application that reads declared events but
 * declares no aggregate still counts clicks: a warning says so.
 */
final class FlinkJobCheck {

    private FlinkJobCheck() {}

    static void check(Checking checking, List<StreamSemantics> streams, List<FlowSemantics> flows) {
        for (Component app : checking.architecture().componentsOf(ServiceKind.FLINK_APPLICATION)) {
            List<Connection> inputs = checking.architecture().incoming(app.alias()).stream()
                    .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FLINK).toList();
            List<Optional<FlowSemantics>> declared = inputs.stream().map(c -> flows.stream()
                    .filter(f -> f.from().equals(c.from()) && f.to().equals(c.to()) && f.aggregate().isPresent())
                    .findFirst()).toList();
            Optional<FlowSemantics> first = declared.stream().flatMap(Optional::stream).findFirst();
            if (first.isEmpty()) {
                if (inputs.stream().noneMatch(c -> checking.declaresAggregate(c.from(), c.to()))) {
                    stillCountsClicks(checking, streams, app, inputs);
                }
                continue;
            }
            Aggregation aggregate = first.get().aggregate().orElseThrow();
            String schema = schemaOf(streams, first.get().from());
            for (int i = 0; i < inputs.size(); i++) {
                Connection input = inputs.get(i);
                if (declared.get(i).isEmpty() && !checking.declaresAggregate(input.from(), input.to())) {
                    checking.error("AGGREGATE_ON_SOME_STREAMS", first.get().location(), "Flink application " + app.alias()
                            + " aggregates " + first.get().from() + " but not " + input.from() + ": one job computes one"
                            + " aggregate", "declare the same aggregate on \"" + input.from() + " -> " + app.alias()
                            + "\", or draw one application per aggregate");
                } else if (declared.get(i).isPresent() && !declared.get(i).get().aggregate().orElseThrow().equals(aggregate)
                        || !Objects.equals(schemaOf(streams, input.from()), schema)) {
                    checking.error("AGGREGATES_DIFFER", declared.get(i).get().location(), "Flink application "
                            + app.alias() + " aggregates " + input.from() + " otherwise than " + first.get().from()
                            + ": one job computes one aggregate over one schema", "declare the same window, groupBy,"
                            + " measures and schema on both arrows, or draw one application per aggregate");
                }
            }
            tablesOwned(checking, app, first.get());
        }
    }

    private static void tablesOwned(Checking checking, Component app, FlowSemantics flow) {
        for (Connection out : checking.architecture().outgoing(app.alias())) {
            if (out.kind() != ConnectionKind.FLINK_TO_TABLE) {
                continue;
            }
            checking.architecture().incoming(out.to()).stream()
                    .filter(c -> !c.from().equals(app.alias()) && (c.kind() == ConnectionKind.FLINK_TO_TABLE
                            || c.kind() == ConnectionKind.FUNCTION_TO_TABLE))
                    .findFirst().ifPresent(other -> checking.error("AGGREGATE_TABLE_SHARED", flow.location(),
                            "table " + out.to() + " holds the aggregate of " + app.alias() + ", keyed for it, but "
                                    + other.from() + " writes to it too", "give " + other.from() + " a table of its own"));
        }
    }

    private static String schemaOf(List<StreamSemantics> streams, String stream) {
        return streams.stream().filter(s -> s.stream().equals(stream)).findFirst().map(StreamSemantics::schema)
                .orElse(null);
    }

    private static void stillCountsClicks(Checking checking, List<StreamSemantics> streams, Component app,
            List<Connection> inputs) {
        for (Connection input : inputs) {
            streams.stream().filter(s -> s.stream().equals(input.from())).findFirst().ifPresent(stream -> checking
                    .warning("NOT_GENERATED_YET", stream.location(), "the Flink job of " + app.alias() + " declares no"
                            + " aggregate: it decodes " + stream.stream() + " as clickstream events and counts them"
                            + " per page", "declare aggregate: on \"" + stream.stream() + " -> " + app.alias()
                            + "\" to have its Flink SQL job generated from " + stream.schema()));
        }
    }
}
