package dev.stencil.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * SQS queues as a diagram draws them: encrypted with a rotated customer-managed key, TLS only,
 * messages kept 4 days, and a dead-letter queue (same key, 14 days) for messages received 5 times
 * without being deleted; an alarm when the oldest message waits more than 15 minutes and when
 * anything reaches the dead-letter queue. Data stores: retained unless the stack is a development
 * stack.
 */
public final class Queues {

    /** Receives before a message moves to the dead-letter queue. */
    public static final int MAX_RECEIVES = 5;

    private Queues() {
    }

    /**
     * Creates a queue and its dead-letter queue, and outputs its URL as {@code <id>QueueUrl}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the queue
     */
    public static Queue create(Construct scope, String id) {
        RemovalPolicy removal = Settings.removalPolicy(scope);
        Key key = Keys.create(scope, id);
        Queue deadLetters = Queue.Builder.create(scope, id + "DeadLetters")
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(key)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .removalPolicy(removal)
                .build();
        Acknowledgement.QUEUE_DLQ_IS_A_DLQ.on(deadLetters);
        Queue queue = Queue.Builder.create(scope, id)
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(key)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(4))
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVES).build())
                .removalPolicy(removal)
                .build();
        Monitoring.above(scope, id + "OldestMessage", queue.metricApproximateAgeOfOldestMessage(), 15 * 60, 1,
                id + " messages wait more than 15 minutes: is its consumer keeping up?");
        Monitoring.above(scope, id + "Undelivered", deadLetters.metricApproximateNumberOfMessagesVisible(), 0, 1,
                id + " has messages no consumer could process in " + id + "DeadLetters");
        CfnOutput.Builder.create(scope, id + "QueueUrl").value(queue.getQueueUrl()).build();
        return queue;
    }

    /**
     * Lets a sender send messages, encrypted with the queue's key; nothing else.
     *
     * @param queue  a queue of this kit
     * @param sender the sender
     */
    public static void grantSend(IQueue queue, IGrantable sender) {
        queue.grant(sender, "sqs:SendMessage");
        Keys.grantEncrypt(queue.getEncryptionMasterKey(), sender);
    }
}
