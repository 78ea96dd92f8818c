package dev.stencil.cdk;

import java.util.List;
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
 * AWS IoT Core as a diagram draws it: the MQTT topics under {@code <topicRoot>/} its devices
 * publish to, and a log group (one month) where its rules report what they could not deliver.
 * Each arrow out of it adds a topic rule ({@link #ruleTo}); each device drawn into it may publish
 * ({@link #grantPublish}).
 */
public final class IotCore extends Construct {

    private final String topicRoot;
    private final LogGroup errors;

    private IotCore(Construct scope, String id, String topicRoot) {
        super(scope, id);
        this.topicRoot = topicRoot;
        this.errors = LogGroup.Builder.create(this, "RuleErrors")
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        CfnOutput.Builder.create(scope, id + "TopicFilter").value(topicFilter()).build();
    }

    /**
     * @param scope     parent construct
     * @param id        construct id, the diagram alias in PascalCase
     * @param topicRoot the first level of every topic its devices publish to, such as {@code core}
     * @return the node
     */
    public static IotCore create(Construct scope, String id, String topicRoot) {
        return new IotCore(scope, id, topicRoot);
    }

    /** @return the topic filter its rules select from, {@code <topicRoot>/#} */
    public String topicFilter() {
        return topicRoot + "/#";
    }

    /**
     * A topic rule that puts every message of {@link #topicFilter()} into the stream, keyed by its
     * topic (so each device's messages stay in order), through a role that may put records and
     * encrypt them; a message the stream refuses is logged to the rule-errors group.
     *
     * @param id     the rule's construct id, {@code <Source>To<Target>}
     * @param stream a stream of {@link Streams}
     */
    public void ruleTo(String id, IStream stream) {
        Role role = Role.Builder.create(this, id + "Role")
                .assumedBy(new ServicePrincipal("iot.amazonaws.com"))
                .description("IoT rule " + id + ": put messages into the stream, log what fails")
                .build();
        stream.grant(role, "kinesis:PutRecord");
        Keys.grantEncrypt(stream.getEncryptionKey(), role);
        errors.grantWrite(role);
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
