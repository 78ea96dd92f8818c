<#-- Feeds: PackageView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Arn;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.ApplicationCodeConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.ApplicationConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.ApplicationSnapshotConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.CheckpointConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.CodeContentProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.EnvironmentPropertiesProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.FlinkApplicationConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.MonitoringConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.ParallelismConfigurationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.PropertyGroupProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplication.S3ContentLocationProperty;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplicationCloudWatchLoggingOption;
import software.amazon.awscdk.services.kinesisanalyticsv2.CfnApplicationCloudWatchLoggingOption.CloudWatchLoggingOptionProperty;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogStream;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.constructs.Construct;

/**
 * A Managed Service for Apache Flink application (Flink 1.20) running a job jar, with its own
 * service role, CloudWatch logging, checkpoints, snapshots and autoscaling.
 *
 * <p>The role starts with access to the code and the logs only; each arrow adds its grant and
 * its runtime property group (see {@link Wiring}). Property groups are resolved at synthesis,
 * so they may be added after construction.
 */
public final class FlinkApp extends Construct {

    private final Role role;
    private final CfnApplication application;
    private final Map<String, Map<String, String>> propertyGroups = new TreeMap<>();

    /**
     * Creates the application.
     *
     * @param scope parent construct
     * @param id    construct id, the diagram alias in PascalCase
     * @param jar   the job's shaded jar
     */
    public FlinkApp(Construct scope, String id, Path jar) {
        super(scope, id);
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("kinesisanalytics.amazonaws.com"))
                .build();
        Asset code = Asset.Builder.create(this, "Code").path(jar.toString()).build();
        code.grantRead(role);
        application = CfnApplication.Builder.create(this, "Resource")
                .runtimeEnvironment("FLINK-1_20")
                .serviceExecutionRole(role.getRoleArn())
                .applicationConfiguration(ApplicationConfigurationProperty.builder()
                        .applicationCodeConfiguration(codeFrom(code))
                        .flinkApplicationConfiguration(flinkDefaults())
                        .applicationSnapshotConfiguration(ApplicationSnapshotConfigurationProperty.builder()
                                .snapshotsEnabled(true)
                                .build())
                        .environmentProperties(EnvironmentPropertiesProperty.builder()
                                .propertyGroups(Lazy.any(this::renderPropertyGroups))
                                .build())
                        .build())
                .build();
        application.getNode().addDependency(role);
        logTo(LogGroup.Builder.create(this, "Logs").retention(RetentionDays.ONE_MONTH).build());
    }

    /** @return the role the application runs as; grants to the application go to it */
    public IRole getRole() {
        return role;
    }

    /** @return the application's name */
    public String getApplicationName() {
        return application.getRef();
    }

    /**
     * Adds a runtime property group, read by the job through {@code KinesisAnalyticsRuntime}.
     *
     * @param groupId    group id, the diagram alias of the connected node
     * @param properties the group's properties
     */
    public void addPropertyGroup(String groupId, Map<String, String> properties) {
        propertyGroups.put(groupId, new TreeMap<>(properties));
    }

    private List<PropertyGroupProperty> renderPropertyGroups() {
        return propertyGroups.entrySet().stream()
                .map(group -> PropertyGroupProperty.builder()
                        .propertyGroupId(group.getKey())
                        .propertyMap(group.getValue())
                        .build())
                .toList();
    }

    private static ApplicationCodeConfigurationProperty codeFrom(Asset code) {
        return ApplicationCodeConfigurationProperty.builder()
                .codeContentType("ZIPFILE")
                .codeContent(CodeContentProperty.builder()
                        .s3ContentLocation(S3ContentLocationProperty.builder()
                                .bucketArn(code.getBucket().getBucketArn())
                                .fileKey(code.getS3ObjectKey())
                                .build())
                        .build())
                .build();
    }

    private static FlinkApplicationConfigurationProperty flinkDefaults() {
        return FlinkApplicationConfigurationProperty.builder()
                .checkpointConfiguration(CheckpointConfigurationProperty.builder()
                        .configurationType("DEFAULT")
                        .build())
                .monitoringConfiguration(MonitoringConfigurationProperty.builder()
                        .configurationType("CUSTOM")
                        .logLevel("INFO")
                        .metricsLevel("APPLICATION")
                        .build())
                .parallelismConfiguration(ParallelismConfigurationProperty.builder()
                        .configurationType("CUSTOM")
                        .parallelism(1)
                        .parallelismPerKpu(1)
                        .autoScalingEnabled(true)
                        .build())
                .build();
    }

    private void logTo(LogGroup logs) {
        LogStream stream = LogStream.Builder.create(this, "LogStream").logGroup(logs).build();
        String streamArn = Arn.format(ArnComponents.builder()
                .service("logs")
                .resource("log-group")
                .resourceName(logs.getLogGroupName() + ":log-stream:" + stream.getLogStreamName())
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                .build(), Stack.of(this));
        CfnApplicationCloudWatchLoggingOption.Builder.create(this, "Logging")
                .applicationName(application.getRef())
                .cloudWatchLoggingOption(CloudWatchLoggingOptionProperty.builder()
                        .logStreamArn(streamArn)
                        .build())
                .build();
        logs.grantWrite(role);
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("logs:DescribeLogGroups", "logs:DescribeLogStreams"))
                .resources(List.of(logs.getLogGroupArn()))
                .build());
    }
}
