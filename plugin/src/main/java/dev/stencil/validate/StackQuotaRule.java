package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.integration.StackBudget;
import dev.stencil.integration.StackLayout;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every stack of the diagram must fit CloudFormation's per-stack quotas (500 resources, 200
 * outputs), or it fails at synthesis or deploy. The generator splits a diagram that does not fit
 * one stack into nested stacks (see {@link StackLayout}), so only a node too big for a stack of
 * its own breaks one; counted from what each kind's integration says the kit creates, and the
 * generated stack test holds the count to the synthesized templates.
 */
final class StackQuotaRule implements Rule {

    private final Integrations integrations;

    StackQuotaRule(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public String code() {
        return "STACK_QUOTA";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        StackLayout layout = integrations.layout(architecture, Map.of());
        List<Diagnostic> found = new ArrayList<>();
        for (StackLayout.Home home : layout.stacks()) {
            int resources = home.budget().resources().total() + StackBudget.CLI_METADATA;
            int outputs = home.budget().outputs();
            if (resources <= StackBudget.MAX_RESOURCES && outputs <= StackBudget.MAX_OUTPUTS) {
                continue;
            }
            Component first = architecture.components().stream()
                    .filter(c -> layout.homeOf(c.alias()).equals(home.id())).findFirst().orElseThrow();
            String stack = home.main() ? "the main stack" : "nested stack " + home.id();
            found.add(Diagnostic.error(code(), first.location(), stack + " would hold " + resources
                    + " CloudFormation resources (with the CDK's metadata) and " + outputs + " outputs; a stack may hold "
                    + StackBudget.MAX_RESOURCES + " and " + StackBudget.MAX_OUTPUTS + ", and this node and the arrows"
                    + " built beside it do not fit one", "split the node's arrows over more nodes (fewer arrows"
                    + " into one function, say), or split the diagram into smaller diagrams, one project each"));
        }
        return found;
    }
}
