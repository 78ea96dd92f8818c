package dev.stencil.plan;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;

/**
 * Plans the local run: each node's resources and each arrow's stage and checks come from its
 * kind's integration, the same class that plans its statement of the stack, with every name from
 * {@link Naming}, so the local run wires exactly what the stack wires.
 */
final class LocalPlanner {

    private final Architecture architecture;
    private final Naming naming;
    private final Integrations integrations;
    private final String groupId;

    LocalPlanner(Architecture architecture, Naming naming, Integrations integrations, String groupId) {
        this.architecture = architecture;
        this.naming = naming;
        this.integrations = integrations;
        this.groupId = groupId;
    }

    LocalView view() {
        LocalView.Builder local = new LocalView.Builder();
        integrations.visit(architecture,
                (node, c) -> node.planLocal(c, naming.of(c), architecture, naming, local),
                (arrow, c) -> arrow.planLocal(c, architecture, naming, local));
        return local.build(new LocalView.Header(groupId, naming.basePackage(), naming.projectName(),
                naming.stackType()), integrations.localServices(architecture),
                KitDefaults.STANDARD.aggregates().counter());
    }
}
