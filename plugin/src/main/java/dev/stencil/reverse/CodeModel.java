package dev.stencil.reverse;

import java.util.List;

/**
 * What the CDK code of a generated project builds, as read from its source.
 *
 * @param components constructs that stand for nodes, in source order
 * @param connections statements that stand for arrows, in source order
 */
public record CodeModel(List<CodeComponent> components, List<CodeConnection> connections) {

    public CodeModel {
        components = List.copyOf(components);
        connections = List.copyOf(connections);
    }
}
