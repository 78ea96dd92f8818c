package dev.stencil.reverse;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import java.util.List;

/**
 * How the code's architecture differs from the diagram's.
 *
 * @param addedComponents in the code, not in the diagram
 * @param removedComponents in the diagram, not in the code
 * @param addedConnections in the code, not in the diagram
 * @param removedConnections in the diagram, not in the code
 */
public record Difference(
        List<Component> addedComponents,
        List<Component> removedComponents,
        List<Connection> addedConnections,
        List<Connection> removedConnections) {

    public Difference {
        addedComponents = List.copyOf(addedComponents);
        removedComponents = List.copyOf(removedComponents);
        addedConnections = List.copyOf(addedConnections);
        removedConnections = List.copyOf(removedConnections);
    }

    public boolean isEmpty() {
        return addedComponents.isEmpty() && removedComponents.isEmpty() && addedConnections.isEmpty()
                && removedConnections.isEmpty();
    }

    /** One line per difference, {@code +} for what only the code has, {@code -} for what only the diagram has. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        addedComponents.forEach(c -> out.append("+ node  ").append(c.alias()).append(" (")
                .append(c.kind().displayName()).append("): in the code, not in the diagram\n"));
        removedComponents.forEach(c -> out.append("- node  ").append(c.alias()).append(" (")
                .append(c.kind().displayName()).append(", ").append(c.location()).append("): in the diagram, not in the code\n"));
        addedConnections.forEach(c -> out.append("+ arrow ").append(c.from()).append(" --> ").append(c.to())
                .append(" (").append(c.kind().meaning()).append("): in the code, not in the diagram\n"));
        removedConnections.forEach(c -> out.append("- arrow ").append(c.from()).append(" --> ").append(c.to())
                .append(" (").append(c.location()).append("): in the diagram, not in the code\n"));
        return out.toString();
    }

    /** The difference between the diagram's architecture and the code's. */
    public static Difference between(Architecture diagram, Architecture code) {
        return new Difference(
                code.components().stream().filter(c -> !hasComponent(diagram, c)).toList(),
                diagram.components().stream().filter(c -> !hasComponent(code, c)).toList(),
                code.connections().stream().filter(c -> !hasConnection(diagram, c)).toList(),
                diagram.connections().stream().filter(c -> !hasConnection(code, c)).toList());
    }

    private static boolean hasComponent(Architecture a, Component c) {
        return a.component(c.alias()).filter(found -> found.kind() == c.kind()).isPresent();
    }

    private static boolean hasConnection(Architecture a, Connection c) {
        return a.outgoing(c.from()).stream().anyMatch(o -> o.to().equals(c.to()) && o.kind() == c.kind());
    }
}
