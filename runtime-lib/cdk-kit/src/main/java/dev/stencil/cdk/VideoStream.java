package dev.stencil.cdk;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kinesisvideo.CfnStream;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * A Kinesis Video Streams stream: media fragments encrypted with a rotated customer-managed key,
 * kept {@code retentionHours} (24) hours; producers drawn into it may put media. Settings kind:
 * {@code video}.
 */
public final class VideoStream extends Construct {

    /** Hours of media kept, unless the {@code retentionHours} setting says otherwise. */
    public static final int RETENTION_HOURS = 24;

    private final CfnStream stream;
    private final Key key;

    private VideoStream(Construct scope, String id) {
        super(scope, id);
        key = Keys.create(scope, id);
        Settings settings = new Settings(scope, id, "video");
        stream = CfnStream.Builder.create(this, "Resource")
                .dataRetentionInHours(settings.integer("retentionHours", RETENTION_HOURS))
                .kmsKeyId(key.getKeyArn())
                .build();
        stream.applyRemovalPolicy(Settings.removalPolicy(scope));
        CfnOutput.Builder.create(scope, id + "StreamArn").value(stream.getAttrArn()).build();
    }

    /**
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the stream
     */
    public static VideoStream create(Construct scope, String id) {
        return new VideoStream(scope, id);
    }

    /** @return the stream's ARN */
    public String streamArn() {
        return stream.getAttrArn();
    }

    /**
     * Lets a producer find the stream's endpoint and put media, encrypted with the stream's key;
     * nothing else.
     *
     * @param producer the producer
     */
    public void grantPutMedia(IGrantable producer) {
        producer.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("kinesisvideo:DescribeStream", "kinesisvideo:GetDataEndpoint",
                        "kinesisvideo:PutMedia"))
                .resources(List.of(stream.getAttrArn()))
                .build());
        key.grant(producer, "kms:GenerateDataKey");
    }
}
