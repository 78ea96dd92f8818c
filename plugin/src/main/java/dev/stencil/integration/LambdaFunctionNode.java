package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** A Lambda function running its generated handler (kit: {@code Functions}). */
final class LambdaFunctionNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.LAMBDA_FUNCTION;
    }

    @Override
    public List<String> stencils() {
        return List.of("lambda_function", "lambda");
    }

    @Override
    public String icon() {
        return "Compute/Lambda";
    }

    @Override
    public Optional<String> requiredInput() {
        return Optional.of("a Kinesis data stream that triggers it (`stream --> function`)");
    }

    @Override
    public Optional<String> output() {
        return Optional.of("FunctionName");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        String handlerClass = naming.handlerClass(names);
        stack.function(new StackView.FunctionNode(stack.scope(), names.variable(), names.type(), names.alias(), handlerClass,
                handlerClass + "::handleRequest"));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "function `" + names.type() + "`: `" + naming.handlerClass(names) + "`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Functions");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Function");
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("XRAY_NEEDS_ANY_RESOURCE", "AwsSolutions-IAM5",
                "each function role, `Resource::*`",
                "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level"
                        + " permissions, so AWS requires the resource *"));
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.LOG_GROUP, 1, Resources.ROLE, 1, Resources.POLICY, 1, "AWS::Lambda::Function", 1,
                "AWS::Lambda::Version", 1, "AWS::Lambda::Alias", 1, Resources.ALARM, 2);
    }

    /** Its name, and its role's ARN (to map it in OpenSearch, or for operators). */
    @Override
    public int outputCount() {
        return 2;
    }
}
