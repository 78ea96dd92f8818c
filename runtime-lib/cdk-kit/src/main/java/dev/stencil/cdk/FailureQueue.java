package dev.stencil.cdk;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.DlqDestinationConfig;
import software.amazon.awscdk.services.lambda.IEventSourceDlq;
import software.amazon.awscdk.services.lambda.IEventSourceMapping;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The on-failure destination of an event source mapping: an encrypted queue the function may
 * send to, granted with exact actions (the CDK's {@code SqsDlq} grants {@code kms:ReEncrypt*} and
 * {@code kms:GenerateDataKey*}).
 */
public final class FailureQueue implements IEventSourceDlq {

    private final IQueue queue;

    private FailureQueue(IQueue queue) {
        this.queue = queue;
    }

    /**
     * Creates the queue: its own rotated key, TLS only, messages kept 14 days.
     *
     * @param scope parent construct
     * @param id    construct id, {@code <Stream>To<Function>Failures}
     * @return the destination
     */
    public static FailureQueue create(Construct scope, String id) {
        Queue queue = Queue.Builder.create(scope, id)
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(Keys.create(scope, id))
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        Acknowledgement.FAILURE_QUEUE_IS_A_DLQ.on(queue);
        return new FailureQueue(queue);
    }

    /** @return the queue, for alarms */
    public IQueue queue() {
        return queue;
    }

    @Override
    public DlqDestinationConfig bind(IEventSourceMapping target, IFunction function) {
        queue.grant(function, "sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
        Keys.grantEncrypt(queue.getEncryptionMasterKey(), function);
        return DlqDestinationConfig.builder().destination(queue.getQueueArn()).build();
    }
}
