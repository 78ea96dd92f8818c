package dev.stencil.cdk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Arn;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.Stats;
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
 * service role, CloudWatch logging, checkpoints every {@code checkpointIntervalMillis} (60 s),
 * snapshots, {@code parallelism} (1) with autoscaling ({@code autoScaling}, true); alarms on
 * downtime and failed checkpoints. Settings kind: {@code flink}.
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
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject", "s3:GetObjectVersion"))
                .resources(List.of(code.getBucket().arnForObjects(code.getS3ObjectKey())))
                .build());
        Settings settings = new Settings(scope, id, "flink");
        application = CfnApplication.Builder.create(this, "Resource")
                .runtimeEnvironment("FLINK-1_20")
                .serviceExecutionRole(role.getRoleArn())
                .applicationConfiguration(ApplicationConfigurationProperty.builder()
                        .applicationCodeConfiguration(codeFrom(code))
                        .flinkApplicationConfiguration(flinkConfiguration(settings))
                        .applicationSnapshotConfiguration(ApplicationSnapshotConfigurationProperty.builder()
                                .snapshotsEnabled(true)
                                .build())
                        .environmentProperties(EnvironmentPropertiesProperty.builder()
                                .propertyGroups(Lazy.any(this::renderPropertyGroups))
                                .build())
                        .build())
                .build();
        application.getNode().addDependency(role);
        logTo(LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.valueOf(settings.text("logRetention", "ONE_MONTH")))
                .removalPolicy(Settings.removalPolicy(scope))
                .build());
        alarms(scope, id);
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

    private static FlinkApplicationConfigurationProperty flinkConfiguration(Settings settings) {
        return FlinkApplicationConfigurationProperty.builder()
                .checkpointConfiguration(CheckpointConfigurationProperty.builder()
                        .configurationType("CUSTOM")
                        .checkpointingEnabled(true)
                        .checkpointInterval(settings.integer("checkpointIntervalMillis", 60_000))
                        .minPauseBetweenCheckpoints(settings.integer("minPauseBetweenCheckpointsMillis", 5_000))
                        .build())
                .monitoringConfiguration(MonitoringConfigurationProperty.builder()
                        .configurationType("CUSTOM")
                        .logLevel(settings.text("logLevel", "INFO"))
                        .metricsLevel("APPLICATION")
                        .build())
                .parallelismConfiguration(ParallelismConfigurationProperty.builder()
                        .configurationType("CUSTOM")
                        .parallelism(settings.integer("parallelism", 1))
                        .parallelismPerKpu(settings.integer("parallelismPerKpu", 1))
                        .autoScalingEnabled(settings.flag("autoScaling", true))
                        .build())
                .build();
    }

    private void alarms(Construct scope, String id) {
        Monitoring.above(scope, id + "Downtime", metric("downtime", Stats.MAXIMUM), 0, 5,
                id + " is not running: see its log group and restart from the latest snapshot");
        Monitoring.above(scope, id + "FailedCheckpoints", metric("numberOfFailedCheckpoints", Stats.MAXIMUM), 0, 1,
                id + " failed to checkpoint: on a restart it would reprocess from an older checkpoint");
    }

    private Metric metric(String name, String statistic) {
        return Metric.Builder.create()
                .namespace("AWS/KinesisAnalytics")
                .metricName(name)
                .dimensionsMap(Map.of("Application", getApplicationName()))
                .statistic(statistic)
                .period(Duration.minutes(1))
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
