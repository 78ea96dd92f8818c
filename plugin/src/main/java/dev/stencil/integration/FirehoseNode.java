package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * A Firehose delivery stream drawn as a node between a stream and a bucket. It has no kit call of
 * its own: its arrow to the bucket plans the one delivery stream ({@link FirehoseToBucketArrow}).
 */
final class FirehoseNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.FIREHOSE;
    }

    @Override
    public List<String> stencils() {
        return List.of("kinesis_data_firehose", "data_firehose");
    }

    @Override
    public String icon() {
        return "Analytics/DataFirehose";
    }

    @Override
    public Optional<String> requiredInput() {
        return Optional.of("a Kinesis data stream to read (`stream --> delivery`)");
    }

    @Override
    public List<Diagnostic> check(Component node, Architecture architecture) {
        int in = architecture.incoming(node.alias()).size();
        int out = architecture.outgoing(node.alias()).size();
        if (in <= 1 && out == 1) {
            return List.of();
        }
        return List.of(Diagnostic.error(Integrations.CONNECTION_COUNT, node.location(),
                "Firehose delivery stream `" + node.alias() + "` has " + in + " source(s) and " + out
                        + " destination(s)",
                "draw exactly one arrow from a Kinesis stream into it and one arrow from it to an S3 bucket"));
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        // Planned by its arrow to the bucket, which knows both ends.
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "delivery stream `" + names.type() + "`";
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("DeliveryStream");
    }

    /** None of its own: its arrow to the bucket creates the delivery stream. */
    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.NONE;
    }
}
