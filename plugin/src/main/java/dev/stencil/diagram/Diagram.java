package dev.stencil.diagram;

import dev.stencil.model.SourceLocation;
import java.util.List;

/**
 * One {@code @startuml ... @enduml} block as written: the syntax tree, with positions.
 *
 * @param name the name after {@code @startuml}, empty when none is given
 * @param location where {@code @startuml} is
 * @param direction the declared layout direction
 * @param groups containers in the order they are opened
 * @param elements nodes in declaration order
 * @param arrows arrows in declaration order
 */
public record Diagram(
        String name,
        SourceLocation location,
        Direction direction,
        List<Group> groups,
        List<Element> elements,
        List<Arrow> arrows) {

    public Diagram {
        groups = List.copyOf(groups);
        elements = List.copyOf(elements);
        arrows = List.copyOf(arrows);
    }
}
