package dev.stencil.model;

/**
 * One supported arrow of the architecture.
 *
 * @param from alias of the source component
 * @param to alias of the target component
 * @param kind what the arrow means
 * @param label the arrow's label, empty when it has none
 * @param style what its line style says
 * @param location where it is declared
 */
public record Connection(
        String from, String to, ConnectionKind kind, String label, FlowStyle style, SourceLocation location) {}
