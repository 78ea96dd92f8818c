package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.integration.StackBudget;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram's stack must fit CloudFormation's per-stack quotas (500 resources, 200 outputs), or
 * it fails at synthesis or deploy. Counted from what each kind's integration says the kit creates;
 * the generated stack test holds the count to the synthesized template.
 */
final class StackQuotaRule implements Rule {

    private static final String SPLIT = "Stencil builds one stack per diagram for now: split the diagram into"
            + " smaller diagrams, one project each, or remove nodes (the generated README's \"Size\" line says what"
            + " each stack holds)";

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
        StackBudget budget = integrations.budget(architecture);
        List<Diagnostic> found = new ArrayList<>();
        int resources = budget.resources().total() + StackBudget.CLI_METADATA;
        integrations.whereResourcesExceed(architecture, StackBudget.MAX_RESOURCES - StackBudget.CLI_METADATA)
                .ifPresent(at ->
                found.add(Diagnostic.error(code(), at, "the diagram's stack would hold " + resources
                        + " CloudFormation resources (the CDK CLI adds its metadata resource), more than the " + StackBudget.MAX_RESOURCES
                        + " a stack may hold; it goes over here", SPLIT)));
        integrations.whereOutputsExceed(architecture, StackBudget.MAX_OUTPUTS).ifPresent(at ->
                found.add(Diagnostic.error(code(), at, "the diagram's stack would have " + budget.outputs()
                        + " outputs, more than the " + StackBudget.MAX_OUTPUTS + " a stack may have; it goes over here",
                        SPLIT)));
        return found;
    }
}
