package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * Components that only run when something feeds them must be fed: a function needs a stream that
 * triggers it, a Flink application a stream to read: each kind's integration says what it needs.
 */
final class RequiredInputRule implements Rule {

    private final Integrations integrations;

    RequiredInputRule(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public String code() {
        return "MISSING_INPUT";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        return architecture.components().stream()
                .filter(c -> architecture.incoming(c.alias()).isEmpty())
                .flatMap(c -> integrations.node(c.kind()).requiredInput().map(input -> diagnostic(c, input)).stream())
                .toList();
    }

    private Diagnostic diagnostic(Component component, String input) {
        return Diagnostic.error(code(), component.location(),
                component.kind().displayName() + " `" + component.alias() + "` has nothing feeding it",
                "draw an arrow from " + input);
    }
}
