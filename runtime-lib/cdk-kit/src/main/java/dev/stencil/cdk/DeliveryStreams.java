package dev.stencil.cdk;

import dev.stencil.defaults.KitDefaults;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.BufferingHintsProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.CloudWatchLoggingOptionsProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.EncryptionConfigurationProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.ExtendedS3DestinationConfigurationProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.KMSEncryptionConfigProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream.KinesisStreamSourceConfigurationProperty;
import software.amazon.awscdk.services.kinesisfirehose.CfnDeliveryStream;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogStream;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Firehose delivery streams from a Kinesis stream into S3: gzip-compressed objects under
 * {@code events/yyyy/MM/dd/HH/}, failed records under {@code errors/}, written with the
 * bucket's KMS key, delivery errors logged; an alarm when deliveries fail. The role names exact
 * actions (the CDK's S3 destination grants {@code s3:GetObject*}, {@code s3:List*} and the like).
 */
public final class DeliveryStreams {

    private static final KitDefaults.Archive ARCHIVE = KitDefaults.STANDARD.archive();

    private DeliveryStreams() {
    }

    /**
     * Creates a delivery stream with its own role: read on the source, write on the bucket.
     *
     * @param scope  parent construct
     * @param id     construct id
     * @param source stream to read
     * @param bucket bucket to write
     * @return the delivery stream
     */
    public static CfnDeliveryStream fromStreamToBucket(
            Construct scope, String id, IStream source, IBucket bucket) {
        Role role = role(scope, id, source, bucket);
        LogGroup logs = LogGroup.Builder.create(scope, id + "Logs")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        LogStream errors = LogStream.Builder.create(scope, id + "Errors").logGroup(logs).build();
        logs.grantWrite(role);
        CfnDeliveryStream delivery = CfnDeliveryStream.Builder.create(scope, id)
                .deliveryStreamType("KinesisStreamAsSource")
                .kinesisStreamSourceConfiguration(KinesisStreamSourceConfigurationProperty.builder()
                        .kinesisStreamArn(source.getStreamArn())
                        .roleArn(role.getRoleArn())
                        .build())
                .extendedS3DestinationConfiguration(ExtendedS3DestinationConfigurationProperty.builder()
                        .bucketArn(bucket.getBucketArn())
                        .roleArn(role.getRoleArn())
                        .compressionFormat("GZIP")
                        .bufferingHints(BufferingHintsProperty.builder()
                                .intervalInSeconds(ARCHIVE.bufferIntervalSeconds())
                                .sizeInMBs(ARCHIVE.bufferSizeMb())
                                .build())
                        .prefix(ARCHIVE.prefix() + "!{timestamp:yyyy/MM/dd/HH}/")
                        .errorOutputPrefix(ARCHIVE.errorPrefix() + "!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/")
                        .encryptionConfiguration(EncryptionConfigurationProperty.builder()
                                .kmsEncryptionConfig(KMSEncryptionConfigProperty.builder()
                                        .awskmsKeyArn(bucket.getEncryptionKey().getKeyArn())
                                        .build())
                                .build())
                        .cloudWatchLoggingOptions(CloudWatchLoggingOptionsProperty.builder()
                                .enabled(true)
                                .logGroupName(logs.getLogGroupName())
                                .logStreamName(errors.getLogStreamName())
                                .build())
                        .build())
                .build();
        delivery.getNode().addDependency(role);
        Acknowledgement.FIREHOSE_READS_ENCRYPTED_STREAM.on(delivery);
        Monitoring.below(scope, id + "DeliveryFailures", Metric.Builder.create()
                        .namespace("AWS/Firehose")
                        .metricName("DeliveryToS3.Success")
                        .dimensionsMap(Map.of("DeliveryStreamName", delivery.getRef()))
                        .statistic(Stats.AVERAGE)
                        .period(Duration.minutes(5))
                        .build(),
                1, 3, id + " fails to deliver records to S3: see the errors/ prefix of the bucket and its log group");
        return delivery;
    }

    private static Role role(Construct scope, String id, IStream source, IBucket bucket) {
        Role role = Role.Builder.create(scope, id + "Role")
                .assumedBy(new ServicePrincipal("firehose.amazonaws.com"))
                .description("Delivers " + source.getNode().getId() + " into " + bucket.getNode().getId())
                .build();
        source.grant(role, "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetShardIterator",
                "kinesis:GetRecords", "kinesis:ListShards");
        source.getEncryptionKey().grant(role, "kms:Decrypt");
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"))
                .resources(List.of(bucket.getBucketArn()))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject", "s3:GetObject", "s3:AbortMultipartUpload"))
                .resources(List.of(bucket.arnForObjects("*")))
                .build());
        Keys.grantEncrypt(bucket.getEncryptionKey(), role);
        Acknowledgement.FIREHOSE_WRITES_OBJECTS.on(role, "Resource::<" + logicalId(bucket) + ".Arn>/*");
        return role;
    }

    private static String logicalId(IBucket bucket) {
        return Stack.of(bucket).getLogicalId((CfnElement) bucket.getNode().getDefaultChild());
    }
}
