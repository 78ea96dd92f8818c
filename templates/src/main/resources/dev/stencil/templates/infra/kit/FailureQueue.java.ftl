<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.services.lambda.DlqDestinationConfig;
import software.amazon.awscdk.services.lambda.IEventSourceDlq;
import software.amazon.awscdk.services.lambda.IEventSourceMapping;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sqs.IQueue;

/**
 * The on-failure destination of an event source mapping: an encrypted queue the function may
 * send to, granted with exact actions (the CDK's {@code SqsDlq} grants {@code kms:ReEncrypt*} and
 * {@code kms:GenerateDataKey*}).
 */
public final class FailureQueue implements IEventSourceDlq {

    private final IQueue queue;

    /** @param queue a KMS-encrypted queue */
    public FailureQueue(IQueue queue) {
        this.queue = queue;
    }

    @Override
    public DlqDestinationConfig bind(IEventSourceMapping target, IFunction function) {
        queue.grant(function, "sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl");
        Keys.grantEncrypt(queue.getEncryptionMasterKey(), function);
        return DlqDestinationConfig.builder().destination(queue.getQueueArn()).build();
    }
}
