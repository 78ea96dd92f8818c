package dev.stencil.validate;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import java.util.List;
import java.util.Map;

/**
 * Components that only run when something feeds them must be fed: a function needs a stream that
 * triggers it, a Flink application a stream to read, a delivery stream a source and a destination.
 */
final class RequiredInputRule implements Rule {

    private static final Map<ServiceKind, String> NEEDS_INPUT = Map.of(
            ServiceKind.LAMBDA_FUNCTION, "a Kinesis data stream that triggers it (`stream --> function`)",
            ServiceKind.FLINK_APPLICATION, "a Kinesis data stream to read (`stream --> application`)",
            ServiceKind.FIREHOSE, "a Kinesis data stream to read (`stream --> delivery`)");

    @Override
    public String code() {
        return "MISSING_INPUT";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        return architecture.components().stream()
                .filter(c -> NEEDS_INPUT.containsKey(c.kind()))
                .filter(c -> architecture.incoming(c.alias()).isEmpty())
                .map(this::diagnostic)
                .toList();
    }

    private Diagnostic diagnostic(Component component) {
        return Diagnostic.error(code(), component.location(),
                component.kind().displayName() + " `" + component.alias() + "` has nothing feeding it",
                "draw an arrow from " + NEEDS_INPUT.get(component.kind()));
    }
}
