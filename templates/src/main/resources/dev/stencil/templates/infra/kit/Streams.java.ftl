<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kinesis.Stream;
import software.amazon.awscdk.services.kinesis.StreamEncryption;
import software.amazon.awscdk.services.kinesis.StreamMode;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/** Kinesis data streams: on-demand capacity, encrypted with a rotated customer-managed key. */
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
        Key key = Key.Builder.create(scope, id + "Key")
                .description("Encrypts the " + id + " stream")
                .enableKeyRotation(true)
                .build();
        Stream stream = Stream.Builder.create(scope, id)
                .streamMode(StreamMode.ON_DEMAND)
                .encryption(StreamEncryption.KMS)
                .encryptionKey(key)
                .retentionPeriod(Duration.hours(24))
                .build();
        CfnOutput.Builder.create(scope, id + "StreamName").value(stream.getStreamName()).build();
        return stream;
    }
}
