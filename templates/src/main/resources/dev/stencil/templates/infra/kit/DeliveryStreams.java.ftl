<#-- Feeds: KitView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesisfirehose.Compression;
import software.amazon.awscdk.services.kinesisfirehose.DeliveryStream;
import software.amazon.awscdk.services.kinesisfirehose.KinesisStreamSource;
import software.amazon.awscdk.services.kinesisfirehose.S3Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Firehose delivery streams from a Kinesis stream into S3: gzip-compressed objects under
 * {@code [=view.archivePrefix]yyyy/MM/dd/HH/}, failed records under {@code errors/}.
 */
public final class DeliveryStreams {

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
        return DeliveryStream.Builder.create(scope, id)
                .source(new KinesisStreamSource(source))
                .destination(S3Bucket.Builder.create(bucket)
                        .compression(Compression.GZIP)
                        .bufferingInterval(Duration.minutes([=view.archiveBufferMinutes]))
                        .bufferingSize(Size.mebibytes([=view.archiveBufferMebibytes]))
                        .dataOutputPrefix("[=view.archivePrefix]!{timestamp:yyyy/MM/dd/HH}/")
                        .errorOutputPrefix("errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/")
                        .build())
                .build();
    }
}
