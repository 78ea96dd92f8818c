package dev.stencil.integration;

import dev.stencil.defaults.KinesisFilters;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** Stream --> function: an event source mapping (kit: {@code Wiring.streamToFunction}); through enhanced fan-out when more than two consumers share the stream's read throughput. */
final class StreamToFunctionArrow implements ArrowIntegration {

    private static final int SHARED_THROUGHPUT_CONSUMERS = KitDefaults.STANDARD.sharedThroughputConsumers();

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.STREAM_TO_FUNCTION;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        Optional<String> filter = architecture.declarations().filter(arrow.from(), arrow.to());
        stack.streamToFunction(new StackView.MappingWire(from.variable(), to.variable(),
                Naming.wireId(from.type(), to.type()), enhancedFanOut(arrow, architecture),
                filter.map(Text::javaLiteral).orElse(""),
                filter.map(KinesisFilters::onData).map(Text::javaLiteral).orElse("")));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("streamToFunction");
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("FAILURE_QUEUE_IS_A_DLQ", "AwsSolutions-SQS3",
                "each stream-to-function failure queue",
                "the queue is itself the dead-letter destination of the event source mapping: it receives"
                        + " descriptions of batches the function gave up on and is drained by operators"));
    }

    /** The function fed by the runtime's local event source mapping, batching and retrying as deployed. */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames stream = naming.of(arrow.from());
        ComponentNames function = naming.of(arrow.to());
        local.feed(arrow.to(), new LocalView.Function(naming.localFeedVariable(function, stream),
                function.type() + " <- " + stream.type(), stream.type(), naming.handlerClass(function), List.of(),
                architecture.declarations().filter(arrow.from(), arrow.to()).map(Text::javaLiteral).orElse(""), false,
                architecture.declarations().eventsOf(architecture, arrow.to())
                        .map(s -> naming.eventClass(s.schema())).orElse("")));
    }

    @Override
    public Resources resources(Connection arrow, Architecture architecture) {
        Resources mapping = Resources.of(Resources.KEY, 1, "AWS::SQS::Queue", 1, "AWS::SQS::QueuePolicy", 1,
                "AWS::Lambda::EventSourceMapping", 1, Resources.ALARM, 2);
        return enhancedFanOut(arrow, architecture) ? mapping.plus(Resources.of("AWS::Kinesis::StreamConsumer", 1))
                : mapping;
    }

    /** Whether the function reads through its own enhanced fan-out consumer: when the stream has more consumers than share its throughput. */
    static boolean enhancedFanOut(Connection arrow, Architecture architecture) {
        return architecture.outgoing(arrow.from()).size() > SHARED_THROUGHPUT_CONSUMERS;
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }
}
