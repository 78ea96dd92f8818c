package dev.stencil.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iot.CfnTopicRule;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * AWS IoT Core as a diagram draws it: the MQTT topics under {@code <StackName>/<topicRoot>/} its
 * devices publish to (the stack's name first, as topics are shared by every stack of the account
 * and region), and a log group (one month) where its rules report what they could not deliver.
 * Each arrow out of it adds a topic rule ({@link #ruleTo}); each device drawn into it may publish
 * ({@link #grantPublish}) with IAM-signed HTTPS requests to the IoT data plane.
 */
public final class IotCore extends Construct {

    private final String topicRoot;
    private final LogGroup errors;

    private IotCore(Construct scope, String id, String topicRoot) {
        super(scope, id);
        Stack stack = Stack.of(scope);
        while (stack.getNestedStackParent() != null) {
            stack = stack.getNestedStackParent();
        }
        this.topicRoot = stack.getStackName() + "/" + topicRoot;
        this.errors = LogGroup.Builder.create(this, "RuleErrors")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        CfnOutput.Builder.create(scope, id + "TopicFilter").value(topicFilter()).build();
    }

    /**
     * @param scope     parent construct
     * @param id        construct id, the diagram alias in PascalCase
     * @param topicRoot the level after the stack's name of every topic its devices publish to, such as
     *     {@code core}
     * @return the node
     */
    public static IotCore create(Construct scope, String id, String topicRoot) {
        return new IotCore(scope, id, topicRoot);
    }

    /** @return the topic filter its rules select from, {@code <StackName>/<topicRoot>/#} */
    public String topicFilter() {
        return topicRoot + "/#";
    }

    /**
     * A topic rule that puts every message of {@link #topicFilter()} into the stream, keyed by its
     * topic (so each device's messages go to one shard), through a role that only IoT Core of this
     * account may assume and that may put records and encrypt them; a message the stream refuses
     * is logged to the rule-errors group.
     *
     * @param id     the rule's construct id, {@code <Source>To<Target>}
     * @param stream a stream of {@link Streams}
     */
    public void ruleTo(String id, IStream stream) {
        Role role = Role.Builder.create(this, id + "Role")
                .assumedBy(new ServicePrincipal("iot.amazonaws.com").withConditions(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", Stack.of(this).getAccount()))))
                .description("IoT rule " + id + ": put messages into the stream, log what fails")
                .build();
        stream.grant(role, "kinesis:PutRecord");
        Keys.grantEncrypt(stream.getEncryptionKey(), role);
        errors.grantWrite(role);
        errors.grant(role, "logs:DescribeLogStreams");
        CfnTopicRule.Builder.create(this, id)
                .topicRulePayload(CfnTopicRule.TopicRulePayloadProperty.builder()
                        .sql("SELECT * FROM '" + topicFilter() + "'")
                        .awsIotSqlVersion("2016-03-23")
                        .ruleDisabled(false)
                        .actions(List.of(CfnTopicRule.ActionProperty.builder()
                                .kinesis(CfnTopicRule.KinesisActionProperty.builder()
                                        .streamName(stream.getStreamName())
                                        .partitionKey("${topic()}")
                                        .roleArn(role.getRoleArn())
                                        .build())
                                .build()))
                        .errorAction(CfnTopicRule.ActionProperty.builder()
                                .cloudwatchLogs(CfnTopicRule.CloudwatchLogsActionProperty.builder()
                                        .logGroupName(errors.getLogGroupName())
                                        .roleArn(role.getRoleArn())
                                        .build())
                                .build())
                        .build())
                .build();
    }

    /**
     * Lets a device's role publish to the node's topics; nothing else.
     *
     * @param device the role devices assume (IAM-signed HTTPS or MQTT over WebSockets)
     */
    public void grantPublish(IGrantable device) {
        Stack stack = Stack.of(this);
        device.getGrantPrincipal().addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("iot:Publish"))
                .resources(List.of("arn:" + stack.getPartition() + ":iot:" + stack.getRegion() + ":"
                        + stack.getAccount() + ":topic/" + topicRoot + "/*"))
                .build());
        if (device instanceof IConstruct construct) {
            Acknowledgement.DEVICE_TOPICS.on(construct,
                    "Resource::arn:<AWS::Partition>:iot:<AWS::Region>:<AWS::AccountId>:topic/" + topicRoot + "/*");
        }
    }
}
