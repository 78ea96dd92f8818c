package dev.stencil.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure, validated model of one diagram: what to build and how it is connected. Immutable;
 * lookups by alias are indexed once, so rules and planners stay linear in the diagram's size.
 */
public final class Architecture {

    private final String name;
    private final List<Component> components;
    private final List<Connection> connections;
    private final List<Skipped> skipped;
    private final Declarations declarations;
    private final Map<String, Component> byAlias = new LinkedHashMap<>();
    private final Map<String, List<Connection>> outgoing = new HashMap<>();
    private final Map<String, List<Connection>> incoming = new HashMap<>();

    /**
     * @param name the diagram's name, from {@code @startuml name} or the file name
     * @param components the nodes in declaration order
     * @param connections the arrows in declaration order
     * @param skipped nodes of services Stencil cannot build, left out in lenient mode
     */
    public Architecture(String name, List<Component> components, List<Connection> connections, List<Skipped> skipped) {
        this(name, components, connections, skipped, Declarations.NONE);
    }

    private Architecture(String name, List<Component> components, List<Connection> connections, List<Skipped> skipped,
            Declarations declarations) {
        this.name = name;
        this.declarations = declarations;
        this.components = List.copyOf(components);
        this.connections = List.copyOf(connections);
        this.skipped = List.copyOf(skipped);
        this.components.forEach(c -> byAlias.putIfAbsent(c.alias(), c));
        for (Connection c : this.connections) {
            outgoing.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
            incoming.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(c);
        }
    }

    /** An architecture with nothing skipped. */
    public Architecture(String name, List<Component> components, List<Connection> connections) {
        this(name, components, connections, List.of());
    }

    public String name() {
        return name;
    }

    /** The nodes in declaration order. */
    public List<Component> components() {
        return components;
    }

    /** The arrows in declaration order. */
    public List<Connection> connections() {
        return connections;
    }

    /** Nodes left out in lenient mode. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** What the sidecar next to the diagram declares; {@link Declarations#NONE} without one. */
    public Declarations declarations() {
        return declarations;
    }

    /** This architecture with the sidecar's declarations. */
    public Architecture with(Declarations declared) {
        return new Architecture(name, components, connections, skipped, declared);
    }

    public Optional<Component> component(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    /** True when at least one component is of this kind. */
    public boolean has(ServiceKind kind) {
        return components.stream().anyMatch(c -> c.kind() == kind);
    }

    public List<Component> componentsOf(ServiceKind kind) {
        return components.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The connections leaving the component with this alias, in declaration order. */
    public List<Connection> outgoing(String alias) {
        return List.copyOf(outgoing.getOrDefault(alias, List.of()));
    }

    /** The connections arriving at the component with this alias, in declaration order. */
    public List<Connection> incoming(String alias) {
        return List.copyOf(incoming.getOrDefault(alias, List.of()));
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
}
