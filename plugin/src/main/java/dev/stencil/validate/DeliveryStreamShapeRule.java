package dev.stencil.validate;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import java.util.List;

/**
 * A Firehose delivery stream reads exactly one Kinesis stream and writes exactly one bucket; an
 * application writes aggregates to at least one table.
 */
final class DeliveryStreamShapeRule implements Rule {

    @Override
    public String code() {
        return "CONNECTION_COUNT";
    }

    @Override
    public List<Diagnostic> check(Architecture architecture) {
        return architecture.components().stream().flatMap(c -> problem(architecture, c).stream()).toList();
    }

    private List<Diagnostic> problem(Architecture architecture, Component c) {
        int in = architecture.incoming(c.alias()).size();
        int out = architecture.outgoing(c.alias()).size();
        if (c.kind() == ServiceKind.FIREHOSE && (in > 1 || out != 1)) {
            return List.of(Diagnostic.error(code(), c.location(),
                    "Firehose delivery stream `" + c.alias() + "` has " + in + " source(s) and " + out
                            + " destination(s)",
                    "draw exactly one arrow from a Kinesis stream into it and one arrow from it to an S3 bucket"));
        }
        if (c.kind() == ServiceKind.FLINK_APPLICATION && out == 0) {
            return List.of(Diagnostic.error(code(), c.location(),
                    "Flink application `" + c.alias() + "` writes its aggregates nowhere",
                    "draw an arrow from it to a DynamoDB table"));
        }
        return List.of();
    }
}
