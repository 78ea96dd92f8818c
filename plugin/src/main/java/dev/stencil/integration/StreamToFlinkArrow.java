package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/** Stream --> Flink: the job finds the stream through a property group named after it (kit: {@code Wiring.streamToFlink}). */
final class StreamToFlinkArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.STREAM_TO_FLINK;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.streamToFlink(new StackView.PropertyGroupWire(from.variable(), to.variable(), naming.propertyGroup(from)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("streamToFlink");
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }
}
