package dev.stencil.cdk;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * Lambda functions: Java 25 (the newest Java runtime of this CDK version) on arm64, X-Ray
 * tracing, SnapStart on published versions behind the alias {@code live} (event sources invoke
 * the alias), a role of its own allowed to write its own log group only, logs kept
 * {@code logRetention} (ONE_MONTH); alarms on errors and throttles. Settings kind
 * {@code function}: {@code memorySize} (1024, for its CPU share of 0.58 vCPU: a handler's live
 * heap is under 10 MB, its resident memory about 300 MB), {@code timeoutSeconds} (60),
 * {@code reservedConcurrency} (none), {@code snapStart} (true),
 * {@code javaToolOptions} ({@link #JAVA_TOOL_OPTIONS}; empty for none). The handler primes itself
 * before the SnapStart snapshot (stencil-runtime's {@code Priming}).
 */
public final class Functions {

    /** The alias event sources invoke; a child of the function. */
    public static final String LIVE = "live";

    /**
     * The functions' {@code JAVA_TOOL_OPTIONS}: tiered compilation stopped at C1, as AWS recommends
     * for short-lived functions (a third less CPU until the clients are ready, measured by
     * stencil-runtime's {@code HandlerInitTime}).
     */
    public static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /** The CDK warning SnapStart raises, answered: the alias {@code live} publishes a version. */
    static final String SNAP_START_REQUIRES_PUBLISH = "@aws-cdk/aws-lambda:snapStartRequirePublish";

    private Functions() {
    }

    /**
     * Creates a function and its alias {@code live}, and outputs its name as
     * {@code <id>FunctionName} and its role as {@code <id>RoleArn}.
     *
     * @param scope   parent construct
     * @param id      construct id, the diagram alias in PascalCase
     * @param jar     deployment jar holding the handler
     * @param handler handler, {@code class::method}
     * @return the function
     */
    public static Function create(Construct scope, String id, Path jar, String handler) {
        Settings settings = new Settings(scope, id, "function");
        LogGroup logs = LogGroup.Builder.create(scope, id + "Logs")
                .retention(RetentionDays.valueOf(settings.text("logRetention", "ONE_MONTH")))
                .removalPolicy(Settings.removalPolicy(scope))
                .build();
        Role role = Role.Builder.create(scope, id + "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs function " + id)
                .build();
        logs.grantWrite(role);
        Function.Builder builder = Function.Builder.create(scope, id)
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .code(Code.fromAsset(jar.toString()))
                .handler(handler)
                .role(role)
                .memorySize(settings.integer("memorySize", 1024))
                .timeout(Duration.seconds(settings.integer("timeoutSeconds", 60)))
                .tracing(Tracing.ACTIVE)
                .logGroup(logs);
        String javaToolOptions = settings.text("javaToolOptions", JAVA_TOOL_OPTIONS);
        if (!javaToolOptions.isEmpty()) {
            builder.environment(Map.of("JAVA_TOOL_OPTIONS", javaToolOptions));
        }
        boolean snapStart = settings.flag("snapStart", true);
        if (snapStart) {
            builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        int reserved = settings.integer("reservedConcurrency", 0);
        if (reserved > 0) {
            builder.reservedConcurrentExecutions(reserved);
        }
        Function function = builder.build();
        if (snapStart) {
            Annotations.of(function).acknowledgeWarning(SNAP_START_REQUIRES_PUBLISH,
                    "alias " + LIVE + " points at the function's current version, published with the stack");
        }
        Alias.Builder.create(function, "Live").aliasName(LIVE).version(function.getCurrentVersion()).build();
        Acknowledgement.XRAY_NEEDS_ANY_RESOURCE.on(role, "Resource::*");
        Monitoring.above(scope, id + "Errors", function.metricErrors(), 0, 1,
                id + " failed invocations: see its log group and its failure queues");
        Monitoring.above(scope, id + "Throttles", function.metricThrottles(), 0, 1,
                id + " was throttled: raise its reserved concurrency or the account limit");
        CfnOutput.Builder.create(scope, id + "FunctionName").value(function.getFunctionName()).build();
        CfnOutput.Builder.create(scope, id + "RoleArn").value(role.getRoleArn()).build();
        return function;
    }

    /**
     * @param function a function of this kit
     * @return its alias {@code live}, which event sources invoke
     */
    public static Alias live(Function function) {
        return (Alias) function.getNode().findChild("Live");
    }
}
