package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/**
 * IoT Core --> stream: a topic rule puts every message of the node's topics into the stream,
 * keyed by topic, and logs what the stream refuses (kit: {@code Wiring.iotToStream}).
 */
final class IotToStreamArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.IOT_TO_STREAM;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.iotToStream(new StackView.RuleWire(from.variable(), to.variable(), Naming.wireId(from.type(), to.type())));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("iotToStream");
    }

    /**
     * IoT Core's rules engine has no local implementation: the local producer puts the events into
     * the stream, as the rule would, and the summary says so.
     */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames core = naming.of(arrow.from());
        ComponentNames stream = naming.of(arrow.to());
        local.produced(Ends.produced(architecture, naming, arrow.to()));
        local.notRunLocally(Text.javaLiteral(core.type() + " -> " + stream.type()), Text.javaLiteral(
                "IoT Core's rules engine has no local implementation; the events are put into " + stream.type()
                        + " directly, as its topic rule would"));
    }

    @Override
    public Resources resources(Connection arrow, Architecture architecture) {
        return Resources.of("AWS::IoT::TopicRule", 1, Resources.ROLE, 1, Resources.POLICY, 1);
    }
}
