package dev.stencil.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sidecar next to a diagram declares: the event schemas, what each stream carries and what
 * each arrow does with it. A diagram without a sidecar has none ({@link #NONE}): the seed's
 * clickstream semantics.
 *
 * @param schemas the declared schemas
 * @param streams the declared streams
 * @param flows the declared arrows
 * @param local how the local run makes each schema's events
 */
public record Declarations(List<EventSchema> schemas, List<StreamSemantics> streams, List<FlowSemantics> flows,
        List<LocalValues> local) {

    public static final Declarations NONE = new Declarations(List.of(), List.of(), List.of(), List.of());

    public Declarations {
        schemas = List.copyOf(schemas);
        streams = List.copyOf(streams);
        flows = List.copyOf(flows);
        local = List.copyOf(local);
    }

    /** How the local run makes a schema's events; nothing declared when the sidecar does not say. */
    public LocalValues localValues(String schema) {
        return local.stream().filter(l -> l.schema().equals(schema)).findFirst()
                .orElse(new LocalValues(schema, java.util.OptionalLong.empty(), java.util.Map.of()));
    }

    /** The declaration of a stream, by its alias. */
    public Optional<StreamSemantics> stream(String alias) {
        return streams.stream().filter(s -> s.stream().equals(alias)).findFirst();
    }

    /** A declared schema, by its name in the sidecar. */
    public Optional<EventSchema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The declaration a function's events follow: that of the streams it reads, when they declare
     * one schema between them; empty when none of them is declared (the seed's clickstream events).
     *
     * @param architecture the diagram
     * @param function the function's alias
     */
    public Optional<StreamSemantics> eventsOf(Architecture architecture, String function) {
        return architecture.incoming(function).stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                .flatMap(c -> stream(c.from()).stream()).findFirst();
    }

    /** The declaration of the arrow from one alias to another. */
    public Optional<FlowSemantics> flow(String from, String to) {
        return flows.stream().filter(f -> f.from().equals(from) && f.to().equals(to)).findFirst();
    }

    /**
     * The aggregate a Flink application computes, with the stream declaration and the schema it
     * computes on: that of the first arrow into it that declares one (the sidecar's checks make
     * every arrow into it declare the same).
     *
     * @param aggregation the declared windows, group keys and measures
     * @param stream the declaration of the stream it reads
     * @param schema that stream's schema
     */
    public record Aggregated(Aggregation aggregation, StreamSemantics stream, EventSchema schema) {}

    /**
     * The aggregate a Flink application computes; empty when no arrow into it declares one.
     *
     * @param architecture the diagram
     * @param app the application's alias
     */
    public Optional<Aggregated> aggregateOf(Architecture architecture, String app) {
        return architecture.incoming(app).stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FLINK)
                .flatMap(c -> aggregate(c.from(), c.to()).flatMap(a -> stream(c.from()).flatMap(s -> schema(s.schema())
                        .map(schema -> new Aggregated(a, s, schema)))).stream())
                .findFirst();
    }

    /** The aggregate of the arrow from one alias to another, when it declares one. */
    public Optional<Aggregation> aggregate(String from, String to) {
        return flow(from, to).flatMap(FlowSemantics::aggregate);
    }

    /**
     * The lookups a function makes for each event: those the arrows into it declare, in order, each
     * name once (the sidecar's checks keep the names apart).
     *
     * @param architecture the diagram
     * @param function the function's alias
     */
    public List<Lookup> lookupsOf(Architecture architecture, String function) {
        return enrichmentsOf(architecture, function, FlowSemantics::lookups, Lookup::as);
    }

    /**
     * The addresses a function locates for each event: those the arrows into it declare, in order,
     * each name once.
     *
     * @param architecture the diagram
     * @param function the function's alias
     */
    public List<GeoIp> geoIpsOf(Architecture architecture, String function) {
        return enrichmentsOf(architecture, function, FlowSemantics::geoIps, GeoIp::as);
    }

    /** One kind of enrichment the arrows into a function declare, in order, each name once. */
    private <T> List<T> enrichmentsOf(Architecture architecture, String function,
            java.util.function.Function<FlowSemantics, List<T>> declared, java.util.function.Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        architecture.incoming(function).stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                .flatMap(c -> flow(c.from(), c.to()).stream()).flatMap(f -> declared.apply(f).stream())
                .forEach(e -> byName.putIfAbsent(name.apply(e), e));
        return List.copyOf(byName.values());
    }

    /** The lookups of a table, by any function, in the sidecar's order. */
    public List<Lookup> lookupsOfTable(String table) {
        return flows.stream().flatMap(f -> f.lookups().stream()).filter(l -> l.table().equals(table)).toList();
    }

    /** The filter of the arrow from one alias to another, when it has one. */
    public Optional<String> filter(String from, String to) {
        return flow(from, to).flatMap(FlowSemantics::filter);
    }
}
