package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowStyle;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** Devices ..> IoT Core: the devices' role may publish below the node's topic root (kit: {@code Wiring.producerToIot}). */
final class ProduceToIotArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.PRODUCE_TO_IOT;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.producerToIot(new StackView.Wire(from.variable(), to.variable()));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("producerToIot");
    }

    @Override
    public FlowStyle drawnAs() {
        return FlowStyle.ASYNC;
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("DEVICE_TOPICS", "AwsSolutions-IAM5",
                "each device role publishing to IoT Core, `Resource::…:topic/<root>/*`",
                "devices publish below the IoT node's topic root, to topics of their own under it, so the grant"
                        + " ends in /*; they may do nothing else"));
    }
}
