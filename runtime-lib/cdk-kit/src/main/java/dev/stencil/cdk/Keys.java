package dev.stencil.cdk;

import dev.stencil.defaults.KitDefaults;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * Customer-managed KMS keys, one per data store, rotated yearly and kept with the data; grants
 * name exact actions (the CDK's own key grants use {@code kms:GenerateDataKey*} and
 * {@code kms:ReEncrypt*}). With the override {@code stack.sharedKey=true}, every data store of a
 * stack shares one key instead (fewer keys to pay for, one key policy to review; every grant still
 * names its exact actions).
 */
public final class Keys {

    /** The construct id of a stack's shared key. */
    static final String SHARED = KitDefaults.SHARED_KEY_ID;

    private Keys() {
    }

    /**
     * @param scope parent construct
     * @param id    construct id of the data store the key encrypts
     * @return a rotated key with id {@code <id>Key}
     */
    public static Key create(Construct scope, String id) {
        if (new Settings(scope, "stack", "stack").flag("sharedKey", false)) {
            Stack stack = Stack.of(scope);
            return stack.getNode().tryFindChild(SHARED) instanceof Key shared ? shared : rotated(stack, SHARED,
                    "Encrypts every data store of " + stack.getStackName());
        }
        return rotated(scope, id + "Key", "Encrypts " + id);
    }

    private static Key rotated(Construct scope, String id, String description) {
        return Key.Builder.create(scope, id)
                .description(description)
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

    /**
     * Lets a reader decrypt what it reads; nothing else.
     *
     * @param key     the data store's key
     * @param grantee the reader
     */
    public static void grantDecrypt(IKey key, IGrantable grantee) {
        key.grant(grantee, "kms:Decrypt");
    }
}
