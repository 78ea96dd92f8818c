package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.LocalView;
import java.util.List;
import java.util.stream.Stream;

/** What integrations ask of the arrows around a node. */
final class Ends {

    private Ends() {}

    /** The construct ids of the streams into a function or a Flink job, in diagram order. */
    static List<String> sourceIds(Architecture architecture, Naming naming, String alias) {
        return streamsInto(architecture, alias).map(c -> naming.of(c.from()).type()).toList();
    }

    /** A stream the local producers put events into: its declared events, else clickstream events. */
    static LocalView.Produced produced(Architecture architecture, Naming naming, String stream) {
        ComponentNames names = naming.of(stream);
        return new LocalView.Produced(names.type(), architecture.declarations().stream(stream)
                .map(s -> naming.localEventsResource(names)).orElse(""));
    }

    /**
     * What a writer reads, as the local run's reconciliation names it (Java expressions): each stream
     * into it by name, or, for a mapping with a filter, the mapping stage's {@code input()}, so that
     * only the events its filter lets through are expected downstream.
     */
    static List<String> localInputs(Architecture architecture, Naming naming, String alias) {
        return streamsInto(architecture, alias).map(c -> architecture.declarations().filter(c.from(), c.to())
                .map(f -> naming.localFeedVariable(naming.of(c.to()), naming.of(c.from())) + ".input()")
                .orElse(Text.javaLiteral(naming.of(c.from()).type()))).toList();
    }

    /** The arrows from streams into a node; not those of tables it looks items up in. */
    static Stream<Connection> streamsInto(Architecture architecture, String alias) {
        return architecture.incoming(alias).stream().filter(c -> c.kind().from() == ServiceKind.KINESIS_STREAM);
    }
}
