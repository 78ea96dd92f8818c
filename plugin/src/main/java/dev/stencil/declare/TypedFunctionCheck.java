package dev.stencil.declare;

import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.StreamSemantics;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A function whose streams declare a schema is generated for that schema's events. It can be so only
 * when its streams agree on the schema, and when each of its targets can take such events: documents
 * and messages need an event id; counting into a table is generated for clickstream events only.
 */
final class TypedFunctionCheck {

    private TypedFunctionCheck() {}

    static void check(Checking checking, List<StreamSemantics> streams) {
        for (Component function : checking.architecture().componentsOf(ServiceKind.LAMBDA_FUNCTION)) {
            List<String> inputs = checking.architecture().incoming(function.alias()).stream()
                    .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION).map(Connection::from).toList();
            List<Optional<StreamSemantics>> declared = inputs.stream()
                    .map(i -> streams.stream().filter(s -> s.stream().equals(i)).findFirst()).toList();
            Optional<StreamSemantics> first = declared.stream().flatMap(Optional::stream).findFirst();
            if (first.isEmpty()) {
                continue;
            }
            if (declared.stream().anyMatch(d -> d.map(s -> !s.schema().equals(first.get().schema())).orElse(true))) {
                checking.error("FUNCTION_MIXED_EVENTS", first.get().location(), "function " + function.alias()
                        + " reads " + inputs.stream().map(i -> i + " (" + streams.stream().filter(s -> s.stream()
                                .equals(i)).findFirst().map(StreamSemantics::schema).orElse("clickstream") + ")")
                        .collect(Collectors.joining(", ")) + ": one function decodes one kind of event",
                        "declare the same schema for every stream it reads, or draw one function per stream");
                continue;
            }
            targets(checking, function, first.get());
        }
    }

    private static void targets(Checking checking, Component function, StreamSemantics stream) {
        for (Connection out : checking.architecture().outgoing(function.alias())) {
            if (out.kind() == ConnectionKind.FUNCTION_TO_TABLE) {
                checking.error("TYPED_TABLE_NOT_BUILT", stream.location(), "function " + function.alias()
                        + " reads " + stream.schema() + " events from " + stream.stream() + " and counts into table "
                        + out.to() + ", which Stencil generates for clickstream events only",
                        "count with a Flink application (" + stream.stream() + " --> app --> " + out.to()
                                + "), or remove the function's arrow to the table");
            } else if ((out.kind() == ConnectionKind.FUNCTION_TO_SEARCH || out.kind() == ConnectionKind.FUNCTION_TO_QUEUE)
                    && stream.id().isEmpty()) {
                checking.error("NO_EVENT_ID", stream.location(), "function " + function.alias() + " writes "
                        + stream.schema() + " events to " + out.to() + ", but " + stream.stream()
                        + " names no field that identifies an event", "add id: <field> to streams." + stream.stream()
                        + " (a required string, int or long), or give the schema a string field eventId");
            }
        }
    }
}
