package dev.stencil.cdk;

import dev.stencil.defaults.KitDefaults;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * S3 buckets: encrypted with a rotated customer-managed key, private, TLS 1.2+ only, versioned,
 * server access logs into the stack's {@code AccessLogs} bucket; objects move to Infrequent
 * Access after {@code infrequentAccessDays} (30) and to Glacier Instant Retrieval after
 * {@code glacierDays} (90); old versions expire after {@code noncurrentDays} (30). Settings kind:
 * {@code bucket}.
 */
public final class Buckets {

    private static final String ACCESS_LOGS = KitDefaults.ACCESS_LOGS_ID;

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
        Settings settings = new Settings(scope, id, "bucket");
        Bucket bucket = Bucket.Builder.create(scope, id)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(Keys.create(scope, id))
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .versioned(true)
                .serverAccessLogsBucket(accessLogs(Stack.of(scope)))
                .serverAccessLogsPrefix(id + "/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .transitions(List.of(
                                transition(StorageClass.INFREQUENT_ACCESS, settings.integer("infrequentAccessDays", 30)),
                                transition(StorageClass.GLACIER_INSTANT_RETRIEVAL, settings.integer("glacierDays", 90))))
                        .noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.GLACIER_INSTANT_RETRIEVAL)
                                .transitionAfter(Duration.days(1))
                                .build()))
                        .noncurrentVersionExpiration(Duration.days(settings.integer("noncurrentDays", 30)))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        CfnOutput.Builder.create(scope, id + "BucketName").value(bucket.getBucketName()).build();
        return bucket;
    }

    /** The stack's one bucket for server access logs (S3-managed keys: log delivery cannot use KMS). */
    private static IBucket accessLogs(Stack stack) {
        Construct existing = (Construct) stack.getNode().tryFindChild(ACCESS_LOGS);
        if (existing != null) {
            return (IBucket) existing;
        }
        Bucket logs = Bucket.Builder.create(stack, ACCESS_LOGS)
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .expiration(Duration.days(new Settings(stack, ACCESS_LOGS, "bucket").integer("expirationDays", 365)))
                        .noncurrentVersionExpiration(Duration.days(7))
                        .build()))
                .removalPolicy(Settings.removalPolicy(stack))
                .build();
        return logs;
    }

    private static Transition transition(StorageClass storageClass, int days) {
        return Transition.builder().storageClass(storageClass).transitionAfter(Duration.days(days)).build();
    }
}
