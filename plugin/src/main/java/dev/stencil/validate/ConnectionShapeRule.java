package dev.stencil.validate;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * How each node is connected, as its kind's integration checks it: a Firehose delivery stream
 * reads one stream and writes one bucket, a Flink application writes at least one table.
 */
final class ConnectionShapeRule implements Rule {

    private final Integrations integrations;

    ConnectionShapeRule(Integrations integrations) {
        this.integrations = integrations;
    }

    @Override
    public String code() {
        return Integrations.CONNECTION_COUNT;
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        return architecture.components().stream()
                .flatMap(c -> integrations.node(c.kind()).check(c, architecture).stream())
                .toList();
    }
}
