package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * AWS IoT Core between devices and a stream: the topics under {@code <name>/} the devices publish
 * to and a log group for what its rules cannot deliver (kit: {@code IotCore}); each arrow to a
 * stream is a topic rule.
 */
final class IotCoreNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.IOT_CORE;
    }

    @Override
    public List<String> stencils() {
        return List.of("iot_core");
    }

    @Override
    public String icon() {
        return "InternetOfThings/IoTCore";
    }

    @Override
    public Optional<String> output() {
        return Optional.of("TopicFilter");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.iotCore(new StackView.IotNode(stack.scope(), names.variable(), names.type(), names.alias(),
                names.resourceName()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "topics `<StackName>/" + names.resourceName() + "/#` and a rule-errors log group; a topic rule per arrow";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("IotCore");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("CfnTopicRule");
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of("AWS::Logs::LogGroup", 1);
    }
}
