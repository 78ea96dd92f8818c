package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/** Cameras ..> video stream: the producer's role may put media (kit: {@code Wiring.producerToVideo}). */
final class ProduceToVideoArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.PRODUCE_TO_VIDEO;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.producerToVideo(new StackView.Wire(from.variable(), to.variable()));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("producerToVideo");
    }

    @Override
    public FlowStyle drawnAs() {
        return FlowStyle.ASYNC;
    }
}
