<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import java.util.List;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesisfirehose.Compression;
import software.amazon.awscdk.services.kinesisfirehose.DeliveryStream;
import software.amazon.awscdk.services.kinesisfirehose.KinesisStreamSource;
import software.amazon.awscdk.services.kinesisfirehose.S3Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Firehose delivery streams from a Kinesis stream into S3: gzip-compressed objects under
 * {@code events/yyyy/MM/dd/HH/}, failed records under {@code errors/}, written with the
 * bucket's KMS key; an alarm when deliveries fail.
 */
public final class DeliveryStreams {

    /** What the CDK's S3 destination grants its role on the bucket and its key. */
    private static final List<String> DESTINATION_ROLE_ACTIONS = List.of("s3:GetObject*", "s3:GetBucket*",
            "s3:List*", "s3:DeleteObject*", "s3:Abort*", "kms:GenerateDataKey*", "kms:ReEncrypt*");

    private DeliveryStreams() {
    }

    /**
     * Creates a delivery stream; Firehose gets its own role with read on the source and write on
     * the bucket.
     *
     * @param scope  parent construct
     * @param id     construct id
     * @param source stream to read
     * @param bucket bucket to write
     * @return the delivery stream
     */
    public static DeliveryStream fromStreamToBucket(
            Construct scope, String id, IStream source, IBucket bucket) {
        Validations.of(Stack.of(scope)).acknowledge(Acknowledgment.builder()
                .id("CloudFormation-Validate::W7001")
                .reason("the delivery stream construct adds a CIDR mapping that only Redshift and Splunk use")
                .build());
        DeliveryStream delivery = DeliveryStream.Builder.create(scope, id)
                .source(new KinesisStreamSource(source))
                .destination(S3Bucket.Builder.create(bucket)
                        .compression(Compression.GZIP)
                        .bufferingInterval(Duration.minutes(5))
                        .bufferingSize(Size.mebibytes(64))
                        .dataOutputPrefix("events/!{timestamp:yyyy/MM/dd/HH}/")
                        .errorOutputPrefix("errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/")
                        .encryptionKey(bucket.getEncryptionKey())
                        .build())
                .build();
        Acknowledgement.FIREHOSE_READS_ENCRYPTED_STREAM.on(delivery);
        for (String action : DESTINATION_ROLE_ACTIONS) {
            Acknowledgement.FIREHOSE_DESTINATION_ROLE.on(delivery, "Action::" + action);
        }
        Acknowledgement.FIREHOSE_DESTINATION_ROLE.on(delivery, "Resource::<" + logicalId(bucket) + ".Arn>/*");
        Monitoring.below(scope, id + "DeliveryFailures", delivery.metric("DeliveryToS3.Success",
                        MetricOptions.builder().statistic(Stats.AVERAGE).period(Duration.minutes(5)).build()),
                1, 3, id + " fails to deliver records to S3: see the errors/ prefix of the bucket");
        return delivery;
    }

    private static String logicalId(IBucket bucket) {
        return Stack.of(bucket).getLogicalId((CfnElement) bucket.getNode().getDefaultChild());
    }
}
