package dev.stencil.cdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Function;

/** A function writing to a table, on a stack of its own. */
class WiringTest {

    @TempDir
    static Path artefacts;

    private static Template template;

    @BeforeAll
    static void synthesize() throws IOException {
        Stack stack = new Stack(new App(), "WiringStack");
        Function writer = Functions.create(stack, "Writer",
                Files.writeString(artefacts.resolve("functions.jar"), "functions"), "example.Handler::handleRequest");
        Wiring.functionToTable(writer, Tables.create(stack, "PageViews", "page", "day"), "PAGE_VIEWS_TABLE_NAME");
        Wiring.functionToQueue(writer, Queues.create(stack, "Alerts"), "ALERTS_QUEUE_URL");
        IotCore core = IotCore.create(stack, "Core", "core");
        Wiring.producerToIot(Producers.create(stack, "Sensors"), core);
        Wiring.iotToStream(core, Streams.create(stack, "Telemetry"), "CoreToTelemetry");
        Wiring.producerToVideo(Producers.create(stack, "Cameras"), VideoStream.create(stack, "Doorbell"));
        template = Template.fromStack(stack);
    }

    @Test
    void functionLearnsTheTableFromTheVariableTheStackNames() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Map.of(
                        "PAGE_VIEWS_TABLE_NAME", Match.anyValue())))));
    }

    /** The stack's policies grant every one of {@code granted} and none of {@code withheld}. */
    private static void assertPolicies(List<String> granted, List<String> withheld) {
        String policies = template.findResources("AWS::IAM::Policy").toString();
        granted.forEach(g -> assertTrue(policies.contains(g), g + " not in " + policies));
        withheld.forEach(w -> assertTrue(!policies.contains(w), w + " in " + policies));
    }

    @Test
    void functionMayWriteToTheTableAndNotReadIt() {
        assertPolicies(List.of("dynamodb:UpdateItem"), List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query"));
    }

    @Test
    void functionLearnsTheQueueFromTheVariableTheStackNamesAndMaySendButNotReceive() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Environment", Map.of("Variables", Match.objectLike(Map.of("ALERTS_QUEUE_URL", Match.anyValue()))))));
        assertPolicies(List.of("sqs:SendMessage"),
                List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:PurgeQueue"));
    }

    @Test
    void aQueueHasItsEncryptedDeadLetterQueueAndItsAlarms() {
        template.resourceCountIs("AWS::SQS::Queue", 2);
        template.hasResourceProperties("AWS::SQS::Queue", Match.objectLike(Map.of(
                "RedrivePolicy", Match.objectLike(Map.of("maxReceiveCount", Queues.MAX_RECEIVES)),
                "KmsMasterKeyId", Match.anyValue(),
                "MessageRetentionPeriod", 4 * 24 * 3600)));
        template.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "ApproximateAgeOfOldestMessage")));
    }

    @Test
    void iotCoreRoutesItsTopicsIntoTheStreamKeyedByTopicAndLogsWhatFails() {
        template.hasResourceProperties("AWS::IoT::TopicRule", Match.objectLike(Map.of("TopicRulePayload",
                Match.objectLike(Map.of(
                        "Sql", "SELECT * FROM 'WiringStack/core/#'",
                        "Actions", List.of(Map.of("Kinesis", Match.objectLike(Map.of("PartitionKey", "${topic()}")))),
                        "ErrorAction", Map.of("CloudwatchLogs", Match.anyValue()))))));
    }

    @Test
    void devicesMayOnlyPublishBelowTheTopicRoot() {
        assertPolicies(List.of("iot:Publish", ":topic/WiringStack/core/*"),
                List.of("iot:Subscribe", "iot:Receive", "iot:*"));
    }

    @Test
    void aVideoStreamKeepsADayOfMediaUnderItsOwnKeyAndCamerasMayOnlyPutMedia() {
        template.hasResourceProperties("AWS::KinesisVideo::Stream", Match.objectLike(Map.of(
                "DataRetentionInHours", VideoStream.RETENTION_HOURS, "KmsKeyId", Match.anyValue())));
        assertPolicies(List.of("kinesisvideo:PutMedia", "kinesisvideo:GetDataEndpoint"),
                List.of("kinesisvideo:GetMedia", "kinesisvideo:*"));
    }
}
