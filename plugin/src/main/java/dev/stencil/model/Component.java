package dev.stencil.model;

import java.util.List;

/**
 * One node of the architecture.
 *
 * @param alias the diagram's alias, unique in the architecture; the stable identity of the node
 * @param kind what service it is
 * @param label the label as drawn, with line breaks as {@code \n} characters
 * @param stencil the stencil name as written, such as {@code mxgraph.aws4.lambda_function}
 * @param groups the titles of the containers it sits in, outermost first
 * @param location where it is declared
 */
public record Component(
        String alias, ServiceKind kind, String label, String stencil, List<String> groups, SourceLocation location) {

    public Component {
        groups = List.copyOf(groups);
    }
}
