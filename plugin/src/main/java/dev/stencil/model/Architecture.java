package dev.stencil.model;

import java.util.List;
import java.util.Optional;

/**
 * The pure, validated model of one diagram: what to build and how it is connected.
 *
 * @param name the diagram's name, from {@code @startuml name} or the file name
 * @param components the nodes in declaration order
 * @param connections the arrows in declaration order
 * @param skipped nodes of services Stencil cannot build, left out in lenient mode
 */
public record Architecture(
        String name, List<Component> components, List<Connection> connections, List<Skipped> skipped) {

    public Architecture {
        components = List.copyOf(components);
        connections = List.copyOf(connections);
        skipped = List.copyOf(skipped);
    }

    /** An architecture with nothing skipped. */
    public Architecture(String name, List<Component> components, List<Connection> connections) {
        this(name, components, connections, List.of());
    }

    /**
     * A node that was left out, and its arrows with it.
     *
     * @param alias the node's alias
     * @param stencil its stencil name
     * @param label its label
     * @param location where it is declared
     */
    public record Skipped(String alias, String stencil, String label, SourceLocation location) {}

    public Optional<Component> component(String alias) {
        return components.stream().filter(c -> c.alias().equals(alias)).findFirst();
    }

    public List<Component> componentsOf(ServiceKind kind) {
        return components.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The connections leaving the component with this alias. */
    public List<Connection> outgoing(String alias) {
        return connections.stream().filter(c -> c.from().equals(alias)).toList();
    }

    /** The connections arriving at the component with this alias. */
    public List<Connection> incoming(String alias) {
        return connections.stream().filter(c -> c.to().equals(alias)).toList();
    }
}
