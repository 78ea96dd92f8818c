package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * An SQS queue, KMS-encrypted, TLS only, with a dead-letter queue and alarms on the oldest
 * message's age and on dead letters (kit: {@code Queues}).
 */
final class SqsQueueNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.SQS_QUEUE;
    }

    @Override
    public List<String> stencils() {
        return List.of("sqs", "simple_queue_service", "queue");
    }

    @Override
    public String icon() {
        return "ApplicationIntegration/SimpleQueueService";
    }

    @Override
    public Optional<String> whyNoArrowsOut() {
        return Optional.of("a function fed by a queue is not built yet (SQS delivers at least once and out of"
                + " order, and the runtime's exactly-once table writes need Kinesis order); draw the consumer"
                + " reading the stream instead");
    }

    @Override
    public Optional<String> output() {
        return Optional.of("QueueUrl");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.queue(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "queue `" + names.type() + "` and its dead-letter queue `" + names.type() + "DeadLetters`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Queues");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Queue");
    }

    @Override
    public Optional<String> localService() {
        return Optional.of("SQS");
    }

    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        local.queue(names.type());
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.KEY, 1, "AWS::SQS::Queue", 2, "AWS::SQS::QueuePolicy", 2, Resources.ALARM, 2);
    }

    @Override
    public boolean holdsData() {
        return true;
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("QUEUE_DLQ_IS_A_DLQ", "AwsSolutions-SQS3", "each queue's dead-letter queue",
                "the queue is itself the dead-letter queue of a queue the diagram draws: it keeps the messages no"
                        + " consumer could process for 14 days, for operators"));
    }
}
