<#-- Feeds: StackView. Checks the synthesized template against the diagram, node by node and arrow by arrow. -->
package [=view.app.basePackage].infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class [=view.app.stackType]Test {

    @TempDir
    static Path artefacts;

    private static Template template;

    @BeforeAll
    static void synthesize() throws IOException {
        [=view.app.configType] config = new [=view.app.configType](<#list view.app.artefacts as a>
                Files.writeString(artefacts.resolve("[=a.fileName]"), "[=a.accessor]")<#sep>,</#sep></#list>);
        template = Template.fromStack(
                new [=view.app.stackType](new App(), "[=view.app.stackId]", StackProps.builder().build(), config));
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

<#if view.streams?has_content>
    @Test
    void streamsAreKmsEncrypted() {
        template.allResourcesProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of(
                "StreamEncryption", Map.of("EncryptionType", "KMS"))));
    }
</#if>
<#list view.functions as n>

    @Test
    void function[=n.id]RunsItsHandler() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Runtime", "java21", "Handler", "[=n.detail]")));
    }
</#list>
<#if view.streamToFunction?has_content>

    @Test
    void streamsTriggerFunctionsWithPartialBatchResponsesAndAnOnFailureQueue() {
        template.allResourcesProperties("AWS::Lambda::EventSourceMapping", Match.objectLike(Map.of(
                "BisectBatchOnFunctionError", true,
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "MaximumRetryAttempts", 3,
                "MaximumRecordAgeInSeconds", 3600,
                "DestinationConfig", Map.of("OnFailure", Map.of("Destination", Match.anyValue())))));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "IteratorAge", "Namespace", "AWS/Lambda")));
    }
</#if>
<#list view.functionToSearch as w>

    @Test
    void [=w.source]IndexesInto[=w.target?cap_first]AndMayOnlyWrite() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "[=w.detail2]", Match.anyValue(), "[=w.detail3]", "[=w.detail]"))))));
    }
</#list>
<#list view.flinkApps as n>

    @Test
    void flinkApplication[=n.id]RunsJob[=n.id]OnFlink120() {
        template.hasResourceProperties("AWS::KinesisAnalyticsV2::Application", Match.objectLike(Map.of(
                "RuntimeEnvironment", "FLINK-1_20")));
        List<String> actions = actionsOfRole("[=n.id]Role");
        assertTrue(actions.contains("kinesis:GetRecords"), actions::toString);
        assertFalse(actions.contains("kinesis:PutRecord"), actions::toString);
    }
</#list>
<#list view.producers as n>

    @Test
    void producer[=n.id]MayOnlyPutRecords() {
        List<String> kinesis = actionsOfRole("[=n.id]").stream().filter(a -> a.startsWith("kinesis:")).toList();

        assertTrue(kinesis.containsAll(List.of("kinesis:PutRecord", "kinesis:PutRecords")), kinesis::toString);
        assertTrue(kinesis.stream().noneMatch(a -> a.startsWith("kinesis:Get")), kinesis::toString);
    }
</#list>

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
