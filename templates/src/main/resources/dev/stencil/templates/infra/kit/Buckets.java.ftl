<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/** S3 buckets: encrypted, private, TLS only, versioned; retained on stack deletion. */
public final class Buckets {

    private Buckets() {
    }

    /**
     * Creates a bucket and outputs its name as {@code <id>BucketName}.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @return the bucket
     */
    public static Bucket create(Construct scope, String id) {
        Bucket bucket = Bucket.Builder.create(scope, id)
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .noncurrentVersionExpiration(Duration.days(30))
                        .build()))
                .build();
        CfnOutput.Builder.create(scope, id + "BucketName").value(bucket.getBucketName()).build();
        return bucket;
    }
}
