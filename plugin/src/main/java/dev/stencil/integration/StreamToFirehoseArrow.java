package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/** Stream --> Firehose: read by the delivery stream, which its arrow to the bucket plans. */
final class StreamToFirehoseArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.STREAM_TO_FIREHOSE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        // The delivery stream is planned once, with its arrow to the bucket (FirehoseToBucketArrow).
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.empty();
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }
}
