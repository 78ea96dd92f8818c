package dev.stencil.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.constructs.Construct;

/**
 * Kinesis data streams: on-demand capacity (or {@code shards} provisioned shards), encrypted
 * with a rotated customer-managed key, records kept {@code retentionHours} (24); an alarm when
 * the oldest unread record is half the retention old. Settings kind: {@code stream}.
 */
public final class Streams {

    private Streams() {
    }

    /**
     * Creates a stream and outputs its name as {@code <id>StreamName}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the stream
     */
    public static Stream create(Construct scope, String id) {
        Settings settings = new Settings(scope, id, "stream");
        int shards = settings.integer("shards", 0);
        Stream.Builder builder = Stream.Builder.create(scope, id)
                .streamMode(shards > 0 ? StreamMode.PROVISIONED : StreamMode.ON_DEMAND)
                .encryption(StreamEncryption.KMS)
                .encryptionKey(Keys.create(scope, id))
                .retentionPeriod(Duration.hours(retentionHours(settings)))
                .removalPolicy(Settings.removalPolicy(scope));
        if (shards > 0) {
            builder.shardCount(shards);
        }
        Stream stream = builder.build();
        Acknowledgement.STREAM_CUSTOMER_KEY.on(stream);
        Monitoring.above(scope, id + "IteratorAge", stream.metricGetRecordsIteratorAgeMilliseconds(
                        MetricOptions.builder().statistic(Stats.MAXIMUM).period(Duration.minutes(1)).build()),
                halfRetention(stream).toMilliseconds().doubleValue(), 5,
                "The oldest unread record of " + id + " is half the retention old: a consumer falls behind");
        CfnOutput.Builder.create(scope, id + "StreamName").value(stream.getStreamName()).build();
        return stream;
    }

    /**
     * @param stream a stream of this kit
     * @return half its retention: consumers lagging more risk losing records
     */
    public static Duration halfRetention(IStream stream) {
        return Duration.minutes(retentionHours(new Settings(stream, stream.getNode().getId(), "stream")) * 30);
    }

    private static int retentionHours(Settings settings) {
        return settings.integer("retentionHours", 24);
    }
}
