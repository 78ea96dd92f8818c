package dev.stencil.cdk;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * The cdk-nag (AwsSolutions) findings the kit acknowledges, each with its reason. The kit puts
 * them on the exact construct they concern; the README lists them; {@code NagTest} fails on any
 * other finding.
 */
public enum Acknowledgement {
    STREAM_CUSTOMER_KEY("AwsSolutions-KDS3",
            "streams are encrypted with a customer-managed KMS key instead of aws/kinesis, so that the key policy, rotation and retention are the owner's and every grant is visible in IAM"),
    FAILURE_QUEUE_IS_A_DLQ("AwsSolutions-SQS3",
            "the queue is itself the dead-letter destination of the event source mapping: it receives descriptions of batches the function gave up on and is drained by operators"),
    QUEUE_DLQ_IS_A_DLQ("AwsSolutions-SQS3",
            "the queue is itself the dead-letter queue of a queue the diagram draws: it keeps the messages no consumer could process for 14 days, for operators"),
    DEVICE_TOPICS("AwsSolutions-IAM5",
            "devices publish below the IoT node's topic root, to topics of their own under it, so the grant ends in /*; they may do nothing else"),
    XRAY_NEEDS_ANY_RESOURCE("AwsSolutions-IAM5",
            "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions, so AWS requires the resource *"),
    SEARCH_INDEX_DOCUMENTS("AwsSolutions-IAM5",
            "the function may write the documents of its one index; OpenSearch names documents below the index path, so the grant ends in /*"),
    SEARCH_PUBLIC_ENDPOINT("AwsSolutions-OS1",
            "the domain keeps a public HTTPS endpoint (TLS 1.2+) because its writers are Lambda functions outside any VPC; every request must be SigV4-signed by an IAM principal of this account and pass fine-grained access control"),
    SEARCH_SIGNED_NOT_ALLOWLISTED("AwsSolutions-OS3",
            "access is by signed IAM identity, not by source address: Lambda functions and operators have no fixed IP addresses to allowlist"),
    FIREHOSE_READS_ENCRYPTED_STREAM("AwsSolutions-KDF1",
            "Firehose server-side encryption applies to Direct PUT sources only; this delivery stream reads a KMS-encrypted Kinesis stream and writes with the bucket's KMS key"),
    FIREHOSE_WRITES_OBJECTS("AwsSolutions-IAM5",
            "Firehose names the objects it delivers (by time, under events/ and errors/), so its write on the one archive bucket covers the bucket's objects; the actions are exact");

    private final String rule;
    private final String reason;

    Acknowledgement(String rule, String reason) {
        this.rule = rule;
        this.reason = reason;
    }

    /**
     * Acknowledges the rule on a construct and everything below it.
     *
     * @param construct the construct the finding concerns
     */
    public void on(IConstruct construct) {
        acknowledge(construct, rule);
    }

    /**
     * Acknowledges one finding of the rule, such as {@code Resource::*} of {@code AwsSolutions-IAM5}.
     *
     * @param construct the construct the finding concerns
     * @param finding   the finding, as cdk-nag names it between brackets
     */
    public void on(IConstruct construct, String finding) {
        acknowledge(construct, rule + "[" + finding + "]");
    }

    private void acknowledge(IConstruct construct, String id) {
        Validations.of(construct).acknowledge(Acknowledgment.builder().id(id).reason(reason).build());
    }
}
