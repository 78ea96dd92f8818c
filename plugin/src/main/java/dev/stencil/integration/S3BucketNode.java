package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** An S3 bucket, versioned, KMS-encrypted, with access logs and lifecycle rules (kit: {@code Buckets}). */
final class S3BucketNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.S3_BUCKET;
    }

    @Override
    public List<String> stencils() {
        return List.of("s3", "simple_storage_service", "bucket", "bucket_with_objects");
    }

    @Override
    public String icon() {
        return "Storage/SimpleStorageService";
    }

    @Override
    public Optional<String> output() {
        return Optional.of("BucketName");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.bucket(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "bucket `" + names.type() + "`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Buckets");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Bucket");
    }

    @Override
    public Optional<String> localService() {
        return Optional.of("S3");
    }

    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        local.bucket(naming.localBucketName(names));
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.KEY, 1, "AWS::S3::Bucket", 1, "AWS::S3::BucketPolicy", 1);
    }

    /** The stack's one access-logs bucket, which every bucket logs to. */
    @Override
    public Resources sharedResources() {
        return Resources.of("AWS::S3::Bucket", 1, "AWS::S3::BucketPolicy", 1);
    }

    @Override
    public boolean holdsData() {
        return true;
    }
}
