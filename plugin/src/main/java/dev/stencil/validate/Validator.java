package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/** Runs every rule and returns all diagnostics together. */
public final class Validator {

    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules every generation runs. */
    public static Validator standard() {
        Integrations integrations = Integrations.standard();
        return new Validator(List.of(
                new RequiredInputRule(integrations),
                new ConnectionShapeRule(integrations),
                new StackQuotaRule(integrations),
                new FunctionEnvironmentRule(integrations),
                new DuplicateConnectionRule(),
                new UnconnectedComponentRule()));
    }

    public List<Diagnostic> validate(Architecture architecture) {
        return rules.stream().flatMap(rule -> rule.check(architecture).stream()).toList();
    }
}
