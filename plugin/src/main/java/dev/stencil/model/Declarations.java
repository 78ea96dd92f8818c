package dev.stencil.model;

import java.util.List;
import java.util.Optional;

/**
 * What the sidecar next to a diagram declares: the event schemas, what each stream carries and what
 * each arrow does with it. A diagram without a sidecar has none ({@link #NONE}): the seed's
 * clickstream semantics.
 *
 * @param schemas the declared schemas
 * @param streams the declared streams
 * @param flows the declared arrows
 */
public record Declarations(List<EventSchema> schemas, List<StreamSemantics> streams, List<FlowSemantics> flows) {

    public static final Declarations NONE = new Declarations(List.of(), List.of(), List.of());

    public Declarations {
        schemas = List.copyOf(schemas);
        streams = List.copyOf(streams);
        flows = List.copyOf(flows);
    }

    /** The declaration of the arrow from one alias to another. */
    public Optional<FlowSemantics> flow(String from, String to) {
        return flows.stream().filter(f -> f.from().equals(from) && f.to().equals(to)).findFirst();
    }

    /** The filter of the arrow from one alias to another, when it has one. */
    public Optional<String> filter(String from, String to) {
        return flow(from, to).flatMap(FlowSemantics::filter);
    }
}
