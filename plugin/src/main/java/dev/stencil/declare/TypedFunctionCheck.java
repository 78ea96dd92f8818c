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
 * when its streams agree on the schema, and when each of its targets can take such events: documents,
 * messages and items need an event id, and a table it puts items into is keyed by that id, so every
 * other writer of the table must put events keyed by the same field.
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
            targets(checking, streams, function, first.get());
        }
    }

    private static void targets(Checking checking, List<StreamSemantics> streams, Component function,
            StreamSemantics stream) {
        for (Connection out : checking.architecture().outgoing(function.alias())) {
            boolean byId = out.kind() == ConnectionKind.FUNCTION_TO_SEARCH || out.kind() == ConnectionKind.FUNCTION_TO_QUEUE
                    || out.kind() == ConnectionKind.FUNCTION_TO_TABLE;
            if (byId && stream.id().isEmpty()) {
                checking.error("NO_EVENT_ID", stream.location(), "function " + function.alias() + " writes "
                        + stream.schema() + " events to " + out.to() + ", but " + stream.stream()
                        + " names no field that identifies an event", "add id: <field> to streams." + stream.stream()
                        + " (a required string, int or long), or give the schema a string field eventId");
            } else if (out.kind() == ConnectionKind.FUNCTION_TO_TABLE) {
                otherWriters(checking, streams, function, stream, out.to());
            }
        }
    }

    /** A table of declared events is keyed by their id: every writer must put events keyed alike. */
    private static void otherWriters(Checking checking, List<StreamSemantics> streams, Component function,
            StreamSemantics stream, String table) {
        for (Connection other : checking.architecture().incoming(table)) {
            if (other.from().equals(function.alias())) {
                continue;
            }
            String why = null;
            if (other.kind() == ConnectionKind.FLINK_TO_TABLE) {
                why = "Flink application " + other.from() + " writes windows to it";
            } else if (other.kind() == ConnectionKind.FUNCTION_TO_TABLE) {
                Optional<StreamSemantics> theirs = eventsOf(checking, streams, other.from());
                if (theirs.isEmpty()) {
                    why = "function " + other.from() + " counts clickstream events into it";
                } else if (!theirs.get().id().equals(stream.id())) {
                    why = "function " + other.from() + " keys its " + theirs.get().schema() + " events by "
                            + theirs.get().id().orElse("nothing");
                }
            }
            if (why != null) {
                checking.error("TABLE_WRITERS_DIFFER", stream.location(), "function " + function.alias() + " puts "
                        + stream.schema() + " events into table " + table + ", keyed by " + stream.id().orElseThrow()
                        + ", but " + why, "give each writer a table of its own");
            }
        }
    }

    /** The declaration of the first declared stream a function reads; empty for clickstream functions. */
    private static Optional<StreamSemantics> eventsOf(Checking checking, List<StreamSemantics> streams, String function) {
        return checking.architecture().incoming(function).stream()
                .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                .flatMap(c -> streams.stream().filter(s -> s.stream().equals(c.from())))
                .findFirst();
    }
}
