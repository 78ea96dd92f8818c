package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/** Clients ..> stream: the clients' role may put records (kit: {@code Wiring.producerToStream}). */
final class ProduceArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.PRODUCE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.producerToStream(new StackView.Wire(from.variable(), to.variable()));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("producerToStream");
    }

    @Override
    public FlowStyle drawnAs() {
        return FlowStyle.ASYNC;
    }

    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        local.produced(Ends.produced(architecture, naming, arrow.to()));
    }
}
