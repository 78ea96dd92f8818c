package dev.stencil.diagram;

import dev.stencil.model.SourceLocation;
import java.util.List;

/**
 * A node written as {@code mxgraph.aws4.name "Label" as alias}.
 *
 * @param stencil the full stencil name, such as {@code mxgraph.aws4.s3}
 * @param label the label, unescaped ({@code \n} became a line break); the alias when none is given
 * @param alias the alias arrows refer to
 * @param style the inline style as written ({@code #Orange}), empty when none
 * @param groups titles of the enclosing containers, outermost first
 * @param location where the statement starts (the stencil name)
 * @param aliasLocation where the alias is written
 */
public record Element(
        String stencil,
        String label,
        String alias,
        String style,
        List<String> groups,
        SourceLocation location,
        SourceLocation aliasLocation) {

    public Element {
        groups = List.copyOf(groups);
    }
}
