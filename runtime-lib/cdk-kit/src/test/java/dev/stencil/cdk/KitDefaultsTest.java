package dev.stencil.cdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The production defaults each kit call builds, and the overrides that change them. */
class KitDefaultsTest {

    @TempDir
    static Path artefacts;

    private static Template template;

    @BeforeAll
    static void synthesize() throws IOException {
        template = Template.fromStack(KitStacks.everyKitCall(artefacts, Map.of()));
    }

    @Test
    void everyServiceOfTheDiagramIsOneResource() {
        template.resourceCountIs("AWS::Kinesis::Stream", 1);
        template.resourceCountIs("AWS::Lambda::Function", 1);
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
        template.resourceCountIs("AWS::KinesisAnalyticsV2::Application", 1);
        template.resourceCountIs("AWS::DynamoDB::Table", 2);
        template.resourceCountIs("AWS::OpenSearchService::Domain", 1);
        template.resourceCountIs("AWS::KinesisFirehose::DeliveryStream", 1);
        // The failure queue of the stream-to-function mapping, and the diagram's queue with its dead-letter queue.
        template.resourceCountIs("AWS::SQS::Queue", 3);
    }

    @Test
    void streamsAreEncryptedWithACustomerManagedKey() {
        template.hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "StreamEncryption", Map.of("EncryptionType", "KMS", "KeyId", Match.anyValue()))));
        template.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
    }

    @Test
    void functionsRunJava25OnArm64WithTracingAndSnapStart() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java25",
                "Architectures", List.of("arm64"),
                "TracingConfig", Map.of("Mode", "Active"),
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"))));
        template.hasResourceProperties("AWS::Lambda::Alias", Match.objectLike(Map.of("Name", Functions.LIVE)));
    }

    @Test
    void theEventSourceMappingBisectsRetriesAndReportsPartialFailures() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "BatchSize", 100,
                "MaximumBatchingWindowInSeconds", 1,
                "BisectBatchOnFunctionError", true,
                "MaximumRetryAttempts", 3,
                "MaximumRecordAgeInSeconds", 3600,
                "ParallelizationFactor", 2,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.anyValue())))));
    }

    @Test
    void dataStoresAreRetainedWhenTheStackIsDeleted() {
        template.hasResource("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                        "DeletionProtectionEnabled", true)))));
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of(
                        "VersioningConfiguration", Map.of("Status", "Enabled"))))));
    }

    @Test
    void theArchiveIsWrittenUnderEventsByHour() {
        template.hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "Prefix", "events/!{timestamp:yyyy/MM/dd/HH}/",
                        "BufferingHints", Map.of("IntervalInSeconds", 300, "SizeInMBs", 64))))));
    }

    @Test
    void theSearchDomainHasFineGrainedAccessControlAndDedicatedMasters() {
        template.hasResourceProperties("AWS::OpenSearchService::Domain", Match.objectLike(Map.of(
                "AdvancedSecurityOptions", Match.objectLike(Map.of("Enabled", true)),
                "ClusterConfig", Match.objectLike(Map.of("DedicatedMasterEnabled", true)))));
    }

    @Test
    void theSearchLogPolicyIsTheSameTextOnEverySynthesis() {
        String policy = template.findResources("AWS::Logs::ResourcePolicy").toString();

        assertEquals(true, policy.contains("{\"Statement\":[{\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],"
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"es.amazonaws.com\"},\"Resource\":\""), policy);
    }

    @Test
    void anOverrideOfOneComponentWinsOverTheKitDefault() throws IOException {
        Template overridden = Template.fromStack(KitStacks.everyKitCall(artefacts,
                Map.of("stencil:KdsToFn.batchSize", "250", "stencil:function.memorySize", "2048")));

        overridden.hasResourceProperties("AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of("BatchSize", 250)));
        overridden.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("MemorySize", 2048)));
    }

    @Test
    void aSharedKeyOverrideLeavesOneKeyForEveryDataStoreOfTheStack() throws IOException {
        int perStore = template.findResources("AWS::KMS::Key").size();
        Template shared = Template.fromStack(KitStacks.everyKitCall(artefacts, Map.of("stencil:stack.sharedKey", "true")));

        assertTrue(perStore > 3, perStore + " keys without the override");
        shared.resourceCountIs("AWS::KMS::Key", 1);
        shared.hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of("StreamEncryption",
                Map.of("EncryptionType", "KMS", "KeyId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("^SharedKey"), "Arn"))))));
        shared.hasResourceProperties("AWS::KMS::Key", Match.objectLike(Map.of("EnableKeyRotation", true)));
    }

    @Test
    void aMisspeltOverrideFailsSynthesis() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> Template.fromStack(
                KitStacks.everyKitCall(artefacts, Map.of("stencil:KdsToFn.batchSise", "250"))));

        assertEquals(true, String.valueOf(failure.getMessage()).contains("batchSise"), failure::getMessage);
    }
}
