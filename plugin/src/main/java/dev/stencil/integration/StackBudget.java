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

    /** Kinesis's quota of enhanced fan-out consumers registered on one stream. */
    public static final int MAX_EFO_CONSUMERS = 20;
}
