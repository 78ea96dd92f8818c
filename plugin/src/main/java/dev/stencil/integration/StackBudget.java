package dev.stencil.integration;

/**
 * What one stack holds against CloudFormation's per-stack quotas.
 *
 * @param resources the resources, by type
 * @param outputs the CfnOutputs
 */
public record StackBudget(Resources resources, int outputs) {

    /** CloudFormation's quota of resources per stack. */
    public static final int MAX_RESOURCES = 500;

    /** The {@code AWS::CDK::Metadata} resource the CDK CLI adds to a stack it deploys, beside the kit's. */
    public static final int CLI_METADATA = 1;

    /** CloudFormation's quota of outputs per stack. */
    public static final int MAX_OUTPUTS = 200;

    /** CloudFormation's quota of parameters per stack; references into a nested stack are parameters. */
    public static final int MAX_PARAMETERS = 200;

    /** Lambda's quota on a function's environment variables, in bytes. */
    public static final int MAX_ENVIRONMENT_BYTES = 4_096;

    /** What a function's environment holds before any arrow: {@code JAVA_TOOL_OPTIONS} with the kit's default. */
    public static final int BASE_ENVIRONMENT_BYTES = "JAVA_TOOL_OPTIONS".length()
            + "-XX:+TieredCompilation -XX:TieredStopAtLevel=1".length();

    /** What a deployed table name or domain endpoint may be long, generously (the stack test measures the same way). */
    public static final int DEPLOYED_VALUE_BYTES = 128;

    /** Kinesis's quota of enhanced fan-out consumers registered on one stream. */
    public static final int MAX_EFO_CONSUMERS = 20;
}
