package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Kinesis data stream, encrypted with its own KMS key (kit: {@code Streams}). */
final class KinesisStreamNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.KINESIS_STREAM;
    }

    @Override
    public List<String> stencils() {
        return List.of("kinesis_data_streams");
    }

    @Override
    public Map<String, String> legacyStencils() {
        return Map.of("kinesis", "kinesis_data_streams");
    }

    @Override
    public String icon() {
        return "Analytics/KinesisDataStreams";
    }

    @Override
    public Optional<String> output() {
        return Optional.of("StreamName");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.stream(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "KMS-encrypted stream `" + names.type() + "`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Streams");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Stream");
    }

    @Override
    public Optional<String> localService() {
        return Optional.of("KINESIS");
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("STREAM_CUSTOMER_KEY", "AwsSolutions-KDS3", "each stream",
                "streams are encrypted with a customer-managed KMS key instead of aws/kinesis, so that the key"
                        + " policy, rotation and retention are the owner's and every grant is visible in IAM"));
    }

    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        local.stream(names.type());
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.KEY, 1, "AWS::Kinesis::Stream", 1, Resources.ALARM, 1);
    }

    /**
     * A stream with more consumers than share its throughput feeds each function through an enhanced
     * fan-out consumer of its own, and Kinesis registers at most 20 on a stream.
     */
    @Override
    public List<Diagnostic> check(Component node, Architecture architecture) {
        List<Connection> out = architecture.outgoing(node.alias());
        List<Connection> consumers = out.stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION).toList();
        if (consumers.isEmpty() || !StreamToFunctionArrow.enhancedFanOut(consumers.get(0), architecture)
                || consumers.size() <= StackBudget.MAX_EFO_CONSUMERS) {
            return List.of();
        }
        return List.of(Diagnostic.error("EFO_CONSUMERS", consumers.get(StackBudget.MAX_EFO_CONSUMERS).location(),
                "stream `" + node.alias() + "` feeds " + consumers.size() + " functions, each through its own enhanced"
                        + " fan-out consumer, and Kinesis registers at most " + StackBudget.MAX_EFO_CONSUMERS
                        + " on a stream; this arrow is the " + (StackBudget.MAX_EFO_CONSUMERS + 1) + "st",
                "feed at most " + StackBudget.MAX_EFO_CONSUMERS + " functions from one stream: fan out through a"
                        + " second stream (a function that forwards), or merge functions"));
    }

    @Override
    public boolean holdsData() {
        return true;
    }
}
