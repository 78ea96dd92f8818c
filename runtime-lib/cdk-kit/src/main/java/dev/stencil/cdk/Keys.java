package dev.stencil.cdk;

import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * Customer-managed KMS keys, one per data store, rotated yearly and kept with the data; grants
 * name exact actions (the CDK's own key grants use {@code kms:GenerateDataKey*} and
 * {@code kms:ReEncrypt*}).
 */
public final class Keys {

    private Keys() {
    }

    /**
     * @param scope parent construct
     * @param id    construct id of the data store the key encrypts
     * @return a rotated key with id {@code <id>Key}
     */
    public static Key create(Construct scope, String id) {
        return Key.Builder.create(scope, id + "Key")
                .description("Encrypts " + id)
                .enableKeyRotation(true)
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
    }

    /**
     * Lets a writer encrypt new data (and read back what multipart writes need).
     *
     * @param key     the data store's key
     * @param grantee the writer
     */
    public static void grantEncrypt(IKey key, IGrantable grantee) {
        key.grant(grantee, "kms:GenerateDataKey", "kms:Decrypt");
    }
}
