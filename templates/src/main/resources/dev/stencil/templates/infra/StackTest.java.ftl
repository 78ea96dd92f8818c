<#-- Feeds: StackView. Checks the synthesized template against the diagram, node by node and arrow by arrow. -->
package [=view.app.basePackage].infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stencil.cdk.Overrides;
import dev.stencil.cdk.ProjectContext;
import dev.stencil.cdk.StackTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class [=view.app.stackTestType] {

    @TempDir
    static Path artefacts;

    /** The project's cdk.json: the stack is tested with the feature flags it deploys with. */
    private static final Path CDK_JSON = Path.of("..", "cdk.json");

    private static Template template;

    @BeforeAll
    static void synthesize() throws IOException {
        template = synthesize(Map.of());
    }

    /**
     * The stack synthesized in an app with these context values (the overrides file's, for
     * example): its template and its nested stacks', as one.
     */
    private static Template synthesize(Map<String, Object> context) throws IOException {
        return StackTemplates.merged(stack(context));
    }

    private static [=view.app.stackType] stack(Map<String, Object> context) throws IOException {
        [=view.app.configType] config = new [=view.app.configType](<#list view.app.artefacts as a>
                Files.writeString(artefacts.resolve("[=a.fileName]"), "[=a.accessor]")<#sep>,</#sep></#list>);
        Map<String, Object> all = ProjectContext.featureFlags(CDK_JSON);
        all.putAll(context);
        return new [=view.app.stackType](new App(AppProps.builder().context(all).build()),
                "[=view.app.stackId]", StackProps.builder().build(), config);
    }

    @Test
    void everyNodeOfTheDiagramIsOneResource() {
        template.resourceCountIs("AWS::Kinesis::Stream", [=view.streams?size]);
        template.resourceCountIs("AWS::KinesisAnalyticsV2::Application", [=view.flinkApps?size]);
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", [=view.streamToFunction?size]);
        template.resourceCountIs("AWS::DynamoDB::Table", [=view.tables?size]);
        template.resourceCountIs("AWS::OpenSearchService::Domain", [=view.domains?size]);
        template.resourceCountIs("AWS::KinesisFirehose::DeliveryStream", [=view.archives?size]);
    }

    @Test
    void theStackHoldsExactlyTheResourcesAndOutputsStencilCounted() {
        // The generator counted these from the diagram to place every node in a stack within
        // CloudFormation's quotas ([=view.resourceTotal?c] resources, [=view.outputTotal?c] outputs in all); a kit that creates more fails here.
<#list view.resources as r>
        template.resourceCountIs("[=r.type]", [=r.count?c]);
</#list>
        assertEquals([=view.resourceTotal?c], ((Map<?, ?>) template.toJSON().get("Resources")).size());
    }

    @Test
    void everyStackHoldsWhatStencilPlacedInItAndFitsCloudFormationsQuotas() throws IOException {
        [=view.app.stackType] stack = stack(Map.of());

        assertEquals(Map.ofEntries(<#list view.stackCounts as c>Map.entry("[=c.id]", [=c.resources?c])<#sep>, </#sep></#list>),
                StackTemplates.resourceCounts(stack));
        assertEquals([=view.outputTotal?c], StackTemplates.declaredOutputs(stack));
        assertEquals(List.of(), StackTemplates.overQuota(stack));
    }

    @Test
    void alarmsNotifyOneTopicAndEveryResourceIsTagged() {
        template.resourceCountIs("AWS::CloudWatch::Dashboard", [=view.dashboards?c]);
        template.allResourcesProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("[=view.alarmTopicReference]"))))));
        template.hasOutput("AlarmTopicArn", Match.anyValue());
        template.allResourcesProperties("AWS::KMS::Key", Match.objectLike(Map.of(
                "EnableKeyRotation", true,
                "Tags", Match.arrayWith(List.of(Map.of("Key", "GeneratedBy", "Value", "Stencil"))))));
        template.allResources("AWS::KMS::Key", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
    }
<#if view.streams?has_content>

    @Test
    void streamsAreKmsEncryptedRetainedAndAlarmAtHalfTheirRetention() {
        template.allResourcesProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "StreamEncryption", Map.of("EncryptionType", "KMS", "KeyId", Match.anyValue()),
                "RetentionPeriodHours", 24,
                "StreamModeDetails", Map.of("StreamMode", "ON_DEMAND"))));
        template.allResources("AWS::Kinesis::Stream", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "GetRecords.IteratorAgeMilliseconds", "Threshold", 43_200_000)));
    }

    @Test
    void anOverridesFileChangesADefaultWithoutTouchingAGeneratedFile() throws IOException {
        Path overrides = Files.writeString(artefacts.resolve("stack-overrides.properties"),
                "stream.retentionHours=48\nstack.development=true\ntag.CostCenter=1234\n");

        Template overridden = synthesize(Overrides.load(overrides));

        overridden.allResourcesProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "RetentionPeriodHours", 48,
                "Tags", Match.arrayWith(List.of(Map.of("Key", "CostCenter", "Value", "1234"))))));
        overridden.allResources("AWS::Kinesis::Stream", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void aMisspeltOverrideFailsSynthesisNamingIt() {
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> synthesize(Map.of("stencil:stream.retentionHour", "48")));

        assertTrue(error.getMessage().contains("override stream.retentionHour names no setting"), error::getMessage);
    }
</#if>
<#list view.functions as n>

    @Test
    void function[=n.id]RunsItsHandlerAndStartsFast() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java25", "Handler", "[=n.handler]",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"))))));
    }
</#list>
<#if view.functions?has_content>

    @Test
    void functionStartupSettingsAreOverrides() throws IOException {
        Template overridden = synthesize(Map.of("stencil:function.javaToolOptions", "-XX:+UseSerialGC",
                "stencil:function.memorySize", "2048"));

        overridden.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java25", "MemorySize", 2048,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC"))))));
    }

    @Test
    void snapStartLeavesNoWarningUnanswered() throws IOException {
        Annotations.fromStack(stack(Map.of())).hasNoWarning("*", Match.stringLikeRegexp(".*SnapStart.*"));
    }
</#if>
<#if view.streamToFunction?has_content>

    @Test
    void streamsTriggerFunctionsWithPartialBatchResponsesAndAnOnFailureQueue() {
        template.allResourcesProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "BisectBatchOnFunctionError", true,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "MaximumRetryAttempts", 3,
                "MaximumRecordAgeInSeconds", 3600,
                "ParallelizationFactor", 2,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.anyValue())))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "IteratorAge", "Namespace", "AWS/Lambda", "Threshold", 43_200_000)));
        template.allResourcesProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "KmsMasterKeyId", Match.anyValue())));
    }
</#if>
<#list view.streamToFunction as w>
<#if w.filter?has_content>

    @Test
    void mapping[=w.mappingId]CarriesTheSidecarsFilter() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "FilterCriteria", Map.of("Filters", List.of(Map.of("Pattern", [=w.deployedFilter]))))));
    }
</#if>
</#list>
<#list view.functionToSearch as w>

    @Test
    void [=w.source]IndexesInto[=w.target?cap_first]AndMayOnlyWrite() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "[=w.endpointVariable]", Match.anyValue(), "[=w.indexVariable]", "[=w.index]"))))));
    }
</#list>
<#list view.flinkApps as n>

    @Test
    void flinkApplication[=n.id]RunsJob[=n.id]OnFlink120() {
        template.hasResourceProperties("AWS::KinesisAnalyticsV2::Application", Match.objectLike(Map.of(
                "RuntimeEnvironment", "FLINK-1_20")));
        List<String> actions = actionsOfRole("[=n.roleIdPrefix]");
        assertTrue(actions.contains("kinesis:GetRecords"), actions::toString);
        assertFalse(actions.contains("kinesis:PutRecord"), actions::toString);
    }
</#list>
<#list view.streamProducers as n>

    @Test
    void producer[=n.id]MayOnlyPutRecords() {
        List<String> kinesis = actionsOfRole("[=n.id]").stream().filter(a -> a.startsWith("kinesis:")).toList();

        assertTrue(kinesis.containsAll(List.of("kinesis:PutRecord", "kinesis:PutRecords")), kinesis::toString);
        assertTrue(kinesis.stream().noneMatch(a -> a.startsWith("kinesis:Get")), kinesis::toString);
    }
</#list>
<#list view.videoProducers as n>

    @Test
    void cameras[=n.id]MayOnlyPutMedia() {
        List<String> video = actionsOfRole("[=n.id]").stream().filter(a -> a.startsWith("kinesisvideo:")).distinct()
                .sorted().toList();

        assertEquals(List.of("kinesisvideo:DescribeStream", "kinesisvideo:GetDataEndpoint", "kinesisvideo:PutMedia"),
                video);
    }
</#list>
<#list view.iotPublishers as n>

    @Test
    void devices[=n.id]MayOnlyPublish() {
        List<String> iot = actionsOfRole("[=n.id]").stream().filter(a -> a.startsWith("iot:")).distinct().toList();

        assertEquals(List.of("iot:Publish"), iot);
    }
</#list>

<#if view.tables?has_content>
    @Test
    void tablesAreEncryptedWithTheirOwnKeyProtectedAndWatchedForThrottling() {
        template.allResourcesProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "SSESpecification", Map.of("SSEEnabled", true, "SSEType", "KMS", "KMSMasterKeyId", Match.anyValue()),
                "DeletionProtectionEnabled", true,
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "WriteThrottleEvents", "Namespace", "AWS/DynamoDB")));
    }

</#if>
<#if view.buckets?has_content>
    @Test
    void bucketsAreKmsEncryptedVersionedLoggedAndTiered() {
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Match.objectLike(Map.of(
                        "ServerSideEncryptionByDefault", Match.objectLike(Map.of("SSEAlgorithm", "aws:kms")))))),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LoggingConfiguration", Match.objectLike(Map.of("DestinationBucketName", Match.anyValue())),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Transitions", List.of(
                                Map.of("StorageClass", "STANDARD_IA", "TransitionInDays", 30),
                                Map.of("StorageClass", "GLACIER_IR", "TransitionInDays", 90)))))))));
    }

</#if>
<#if view.archives?has_content>
    @Test
    void deliveryStreamsWriteWithTheBucketKeyAndAlarmOnFailedDeliveries() {
        template.allResourcesProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of(
                        "CompressionFormat", "GZIP",
                        "EncryptionConfiguration", Map.of("KMSEncryptionConfig", Map.of("AWSKMSKeyARN", Match.anyValue())),
                        "CloudWatchLoggingOptions", Match.objectLike(Map.of("Enabled", true)))))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "DeliveryToS3.Success", "Namespace", "AWS/Firehose")));
    }

</#if>
<#if view.domains?has_content>
    @Test
    void searchDomainsUseFineGrainedAccessControlDedicatedMastersAndTheirOwnKey() {
        template.allResourcesProperties("AWS::OpenSearchService::Domain", Match.objectLike(Map.of(
                "AdvancedSecurityOptions", Match.objectLike(Map.of("Enabled", true)),
                "ClusterConfig", Match.objectLike(Map.of("DedicatedMasterEnabled", true, "DedicatedMasterCount", 3)),
                "EncryptionAtRestOptions", Map.of("Enabled", true, "KmsKeyId", Match.anyValue()),
                "DomainEndpointOptions", Match.objectLike(Map.of(
                        "EnforceHTTPS", true, "TLSSecurityPolicy", "Policy-Min-TLS-1-2-2019-07")))));
        for (String metric : List.of("ClusterStatus.red", "FreeStorageSpace")) {
            template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "MetricName", metric, "Namespace", "AWS/ES")));
        }
    }

</#if>
<#if view.flinkApps?has_content>
    @Test
    void flinkApplicationsCheckpointSnapshotAndScale() {
        template.allResourcesProperties("AWS::KinesisAnalyticsV2::Application", Match.objectLike(Map.of(
                "ApplicationConfiguration", Match.objectLike(Map.of(
                        "ApplicationSnapshotConfiguration", Map.of("SnapshotsEnabled", true),
                        "FlinkApplicationConfiguration", Match.objectLike(Map.of(
                                "CheckpointConfiguration", Match.objectLike(Map.of(
                                        "ConfigurationType", "CUSTOM", "CheckpointingEnabled", true)),
                                "ParallelismConfiguration", Match.objectLike(Map.of(
                                        "AutoScalingEnabled", true)))))))));
        for (String metric : List.of("downtime", "numberOfFailedCheckpoints")) {
            template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "MetricName", metric, "Namespace", "AWS/KinesisAnalytics")));
        }
    }

</#if>
    @Test
    void outputsWhatOperatorsNeed() {
        for (String output : List.of(<#list view.outputs as o>"[=o]"<#sep>, </#sep></#list>)) {
            template.hasOutput(output, Match.anyValue());
        }
    }

    /** All actions of the IAM policies attached to the role whose logical id starts with a prefix. */
    @SuppressWarnings("unchecked")
    private static List<String> actionsOfRole(String rolePrefix) {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .map(policy -> (Map<String, Object>) policy.get("Properties"))
                .filter(properties -> ((List<Map<String, String>>) properties.get("Roles")).stream()
                        .anyMatch(role -> role.get("Ref").startsWith(rolePrefix)))
                .flatMap(properties -> ((List<Map<String, Object>>) ((Map<String, Object>)
                        properties.get("PolicyDocument")).get("Statement")).stream())
                .flatMap(statement -> statement.get("Action") instanceof List<?> list
                        ? list.stream().map(String::valueOf)
                        : Stream.of(String.valueOf(statement.get("Action"))))
                .toList();
    }
}
