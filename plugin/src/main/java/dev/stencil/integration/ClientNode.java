package dev.stencil.integration;

import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.model.Architecture;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Event producers: an IAM role they assume to put records (kit: {@code Producers}). */
final class ClientNode implements NodeIntegration {

    private static final Map<String, String> ICONS = Map.of(
            "users", "General/Users", "user", "General/User", "client", "General/Client",
            "mobile_client", "General/Mobileclient", "mobile", "General/Mobileclient",
            "traditional_server", "General/Traditionalserver");

    @Override
    public ServiceKind kind() {
        return ServiceKind.CLIENT;
    }

    @Override
    public List<String> stencils() {
        return List.of("users", "user", "client", "mobile_client", "mobile", "traditional_server");
    }

    @Override
    public String icon() {
        return ICONS.get("users");
    }

    @Override
    public String iconOf(String stencil) {
        return ICONS.getOrDefault(stencil, icon());
    }

    @Override
    public Optional<String> output() {
        return Optional.of("RoleArn");
    }

    @Override
    public void plan(Component node, ComponentNames names, Naming naming, StackView.Builder stack) {
        stack.producer(new StackView.Node(names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Naming naming) {
        return "IAM role `" + names.type() + "` allowed to put records";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Producers");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of();
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.ROLE, 1)
                .plus(architecture.outgoing(node.alias()).isEmpty() ? Resources.NONE : Resources.of(Resources.POLICY, 1));
    }
}
