package dev.stencil.plan;

import dev.stencil.model.Architecture;
import dev.stencil.model.ServiceKind;
import java.util.List;
import java.util.Set;

/**
 * Every cdk-nag (AwsSolutions) finding the construct kit acknowledges, with its reason, for the
 * README's table of them. The kit's own {@code dev.stencil.cdk.Acknowledgement} enum states the
 * same (a test holds the two together); here each also says which resources it covers and which
 * node kinds it needs.
 */
final class NagAcknowledgements {

    /**
     * One acknowledged cdk-nag rule.
     *
     * @param constant the constant of the kit's {@code Acknowledgement} enum
     * @param rule the rule id, such as {@code AwsSolutions-OS1}
     * @param where which resources it covers, Markdown
     * @param reason the reason as plain text
     */
    record Acknowledgement(String constant, String rule, String where, String reason) {}

    /**
     * One acknowledgement, and the node kinds that must all be in the diagram for it to apply.
     */
    private record Entry(Acknowledgement acknowledgement, Set<ServiceKind> kinds) {}

    private static final List<Entry> ALL = List.of(
            entry("STREAM_CUSTOMER_KEY", "AwsSolutions-KDS3", "each stream",
                    "streams are encrypted with a customer-managed KMS key instead of aws/kinesis, so that the key"
                            + " policy, rotation and retention are the owner's and every grant is visible in IAM",
                    ServiceKind.KINESIS_STREAM),
            entry("FAILURE_QUEUE_IS_A_DLQ", "AwsSolutions-SQS3", "each stream-to-function failure queue",
                    "the queue is itself the dead-letter destination of the event source mapping: it receives"
                            + " descriptions of batches the function gave up on and is drained by operators",
                    ServiceKind.LAMBDA_FUNCTION),
            entry("XRAY_NEEDS_ANY_RESOURCE", "AwsSolutions-IAM5", "each function role, `Resource::*`",
                    "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level"
                            + " permissions, so AWS requires the resource *",
                    ServiceKind.LAMBDA_FUNCTION),
            entry("SEARCH_INDEX_DOCUMENTS", "AwsSolutions-IAM5", "each function writing a search domain,"
                            + " `Resource::<domain>.Arn/<index>/*`",
                    "the function may write the documents of its one index; OpenSearch names documents below the"
                            + " index path, so the grant ends in /*",
                    ServiceKind.LAMBDA_FUNCTION, ServiceKind.OPENSEARCH_DOMAIN),
            entry("SEARCH_PUBLIC_ENDPOINT", "AwsSolutions-OS1", "each search domain",
                    "the domain keeps a public HTTPS endpoint (TLS 1.2+) because its writers are Lambda functions"
                            + " outside any VPC; every request must be SigV4-signed by an IAM principal of this account"
                            + " and pass fine-grained access control",
                    ServiceKind.OPENSEARCH_DOMAIN),
            entry("SEARCH_SIGNED_NOT_ALLOWLISTED", "AwsSolutions-OS3", "each search domain",
                    "access is by signed IAM identity, not by source address: Lambda functions and operators have"
                            + " no fixed IP addresses to allowlist",
                    ServiceKind.OPENSEARCH_DOMAIN),
            entry("FIREHOSE_READS_ENCRYPTED_STREAM", "AwsSolutions-KDF1", "each delivery stream",
                    "Firehose server-side encryption applies to Direct PUT sources only; this delivery stream reads"
                            + " a KMS-encrypted Kinesis stream and writes with the bucket's KMS key",
                    ServiceKind.KINESIS_STREAM, ServiceKind.S3_BUCKET),
            entry("FIREHOSE_WRITES_OBJECTS", "AwsSolutions-IAM5", "each delivery stream's role,"
                            + " `Resource::<bucket>.Arn/*`",
                    "Firehose names the objects it delivers (by time, under events/ and errors/), so its write on"
                            + " the one archive bucket covers the bucket's objects; the actions are exact",
                    ServiceKind.KINESIS_STREAM, ServiceKind.S3_BUCKET));

    private NagAcknowledgements() {}

    /** Every acknowledgement the kit makes. */
    static List<Acknowledgement> all() {
        return ALL.stream().map(Entry::acknowledgement).toList();
    }

    /** The acknowledgements that apply to the diagram's kinds of nodes, for the README. */
    static List<Acknowledgement> of(Architecture architecture) {
        return ALL.stream()
                .filter(e -> e.kinds().stream().allMatch(kind -> architecture.has(kind)))
                .map(Entry::acknowledgement)
                .toList();
    }

    private static Entry entry(String constant, String rule, String where, String reason, ServiceKind... kinds) {
        return new Entry(new Acknowledgement(constant, rule, where, reason),
                Set.of(kinds));
    }
}
