package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.integration.StackBudget;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * A function's environment variables (one or two per arrow out of it: where its targets are) must
 * fit Lambda's 4 KB once deployed, or the deploy fails. Each value is counted as long as a
 * deployed table name or endpoint may be; the generated stack test measures the synthesized
 * environment the same way.
 */
final class FunctionEnvironmentRule implements Rule {

    private final Integrations integrations;

    FunctionEnvironmentRule(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public String code() {
        return "LAMBDA_ENVIRONMENT";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        Naming naming = new Naming(architecture, "stencil.check");
        List<Diagnostic> found = new ArrayList<>();
        for (Component function : architecture.componentsOf(ServiceKind.LAMBDA_FUNCTION)) {
            int bytes = StackBudget.BASE_ENVIRONMENT_BYTES;
            List<Connection> out = architecture.outgoing(function.alias());
            for (Connection arrow : out) {
                bytes += integrations.arrow(arrow.kind()).environmentBytes(arrow, naming);
                if (bytes > StackBudget.MAX_ENVIRONMENT_BYTES) {
                    found.add(Diagnostic.error(code(), arrow.location(), "function `" + function.alias() + "` would"
                            + " carry about " + total(out, naming) + " bytes of environment variables (one or two per"
                            + " arrow out of it, saying where its target is), more than the "
                            + StackBudget.MAX_ENVIRONMENT_BYTES + " Lambda allows; it goes over with this arrow",
                            "split the function: give some of its targets to a second function fed by the same"
                                    + " stream"));
                    break;
                }
            }
        }
        return found;
    }

    private int total(List<Connection> out, Naming naming) {
        return StackBudget.BASE_ENVIRONMENT_BYTES + out.stream()
                .mapToInt(arrow -> integrations.arrow(arrow.kind()).environmentBytes(arrow, naming)).sum();
    }
}
