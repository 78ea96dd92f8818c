package dev.stencil.reverse;

import dev.stencil.catalog.StencilCatalog;
import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the code builds into an architecture, in the diagram's terms: construct ids map back
 * to the diagram's aliases through the same naming layer that generated them; labels, groups,
 * stencils and arrow styles come from the diagram wherever the code still agrees with it.
 */
public final class Reverser {

    private final Architecture diagram;
    private final Map<String, Component> byId = new HashMap<>();
    private final Map<String, String> idOf = new HashMap<>();

    /** @param diagram the architecture the diagram currently describes */
    public Reverser(Architecture diagram) {
        this.diagram = diagram;
        Naming naming = new Naming(diagram, "reverse");
        for (Component c : diagram.components()) {
            byId.put(naming.of(c).type(), c);
            idOf.put(c.alias(), naming.of(c).type());
        }
    }

    public Architecture fromCode(CodeModel code) {
        Map<String, Component> components = new LinkedHashMap<>();
        Map<String, Component> byVariable = new HashMap<>();
        for (CodeComponent found : code.components()) {
            Component c = component(found.id(), found.kind());
            components.putIfAbsent(c.alias(), c);
            if (!found.variable().isEmpty()) {
                byVariable.put(found.variable(), components.get(c.alias()));
            }
        }
        Map<String, Connection> connections = new LinkedHashMap<>();
        for (CodeConnection found : code.connections()) {
            Component from = byVariable.get(found.fromVariable());
            Component to = byVariable.get(found.toVariable());
            if (from == null || to == null) {
                continue;
            }
            if (found.via().isEmpty() || isImplicitArchive(found.via(), from, to)) {
                ConnectionKind.between(from.kind(), to.kind()).ifPresent(kind -> add(connections, from, to, kind));
            } else {
                Component delivery = component(found.via(), ServiceKind.FIREHOSE);
                components.putIfAbsent(delivery.alias(), delivery);
                add(connections, from, delivery, ConnectionKind.STREAM_TO_FIREHOSE);
                add(connections, delivery, to, ConnectionKind.FIREHOSE_TO_BUCKET);
            }
        }
        return new Architecture(diagram.name(), new ArrayList<>(components.values()),
                new ArrayList<>(connections.values()));
    }

    /** The diagram's component for a construct id, or a new one named after the id. */
    private Component component(String id, ServiceKind kind) {
        Component known = byId.get(id);
        if (known != null && known.kind() == kind) {
            return known;
        }
        String alias = Naming.aliasOf(id);
        List<String> groups = diagram.componentsOf(kind).stream().findFirst().map(Component::groups).orElse(List.of());
        return new Component(alias, kind, String.join(" ", words(id)), StencilCatalog.preferredNames().get(kind),
                groups, SourceLocation.ofFile("code"));
    }

    /** True when a delivery stream's id is the one generation gives the Firehose of a stream → bucket arrow. */
    private boolean isImplicitArchive(String via, Component stream, Component bucket) {
        return via.equals(Naming.wireId(id(stream), id(bucket)));
    }

    private String id(Component c) {
        return idOf.getOrDefault(c.alias(), Naming.idStem(c.alias()));
    }

    private void add(Map<String, Connection> connections, Component from, Component to, ConnectionKind kind) {
        String key = from.alias() + "\u0000" + to.alias();
        Optional<Connection> drawn = diagram.outgoing(from.alias()).stream()
                .filter(c -> c.to().equals(to.alias())).findFirst();
        FlowStyle style = drawn.map(Connection::style).orElse(Integrations.standard().arrow(kind).drawnAs());
        connections.putIfAbsent(key, new Connection(from.alias(), to.alias(), kind,
                drawn.map(Connection::label).orElse(""), style, drawn.map(Connection::location)
                        .orElse(SourceLocation.ofFile("code"))));
    }

    private static List<String> words(String id) {
        List<String> words = new ArrayList<>();
        for (String w : id.split("(?<=[a-z0-9])(?=[A-Z])")) {
            words.add(w);
        }
        return words;
    }
}
