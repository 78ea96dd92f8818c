package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.FunctionEvent;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/**
 * Function --> queue: the function sends what its logic's {@code enrich} makes of each event, as
 * JSON, with the event's id as the {@code eventId} attribute (kit: {@code Wiring.functionToQueue}).
 */
final class FunctionToQueueArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.FUNCTION_TO_QUEUE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.functionToQueue(new StackView.QueueWire(from.variable(), to.variable(), naming.queueVariable(to)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("functionToQueue");
    }

    /** The function's environment naming the local queue, and one message per event of the function's streams. */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames queue = naming.of(arrow.to());
        local.environment(arrow.from(), new LocalView.Variable(naming.queueVariable(queue),
                "cloud.queueUrl(" + Text.javaLiteral(queue.type()) + ")"));
        local.messages(queue.type(), Ends.localInputs(architecture, naming, arrow.from()));
    }

    @Override
    public Optional<FunctionView.Sink> functionSink(Connection arrow, Naming naming, FunctionEvent event) {
        ComponentNames queue = naming.of(arrow.to());
        return Optional.of(new FunctionView.Sink("QueueSink", queue.variable(),
                "FromEnv.queueSink(env, " + Text.javaLiteral(naming.queueVariable(queue)) + ")",
                "MessageProcessor.create(logic::enrich, " + event.idFunction() + ", " + queue.variable() + ")",
                queue.alias(),
                "QueueSink.create(server.sqs(), server.uri() + \"/000000000000/" + queue.resourceName() + "\")"));
    }

    @Override
    public int environmentBytes(Connection arrow, Naming naming) {
        ComponentNames queue = naming.of(arrow.to());
        // A queue URL is a name with the endpoint and the account before it.
        String endpointAndAccount = "https://sqs.cn-northwest-1.amazonaws.com.cn/123456789012/";
        return naming.queueVariable(queue).length() + endpointAndAccount.length() + StackBudget.DEPLOYED_VALUE_BYTES;
    }
}
