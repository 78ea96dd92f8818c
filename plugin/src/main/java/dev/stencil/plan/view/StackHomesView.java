package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds {@code .stencil/stacks}: the stack every node lives in. The next {@code generate} keeps
 * each node there, so redrawing the diagram never moves a data store to another stack.
 *
 * @param homes one row per node, in diagram order
 */
public record StackHomesView(List<Home> homes) {

    public StackHomesView {
        homes = List.copyOf(homes);
    }

    /**
     * One node's stack.
     *
     * @param alias the node's diagram alias
     * @param stack its stack's path: the main stack's name, then {@code /} and the nested stack's id if nested
     */
    public record Home(String alias, String stack) {}
}
