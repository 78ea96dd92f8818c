package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Event producers, drawn as people, applications, servers or IoT things: an IAM role they assume
 * to put records (kit: {@code Producers}).
 */
final class ClientNode implements NodeIntegration {

    /** Each stencil an event producer is drawn with, and its icon: people, applications, servers and things. */
    private static final Map<String, String> ICONS = orderedIcons(
            "users", "General/Users", "user", "General/User", "authenticated_user", "General/AuthenticatedUser",
            "client", "General/Client", "mobile_client", "General/Mobileclient", "mobile", "General/Mobileclient",
            "mobile_application", "General/Mobileclient", "generic_application", "General/GenericApplication",
            "traditional_server", "General/Traditionalserver", "ec2", "Compute/EC2",
            "sensor", "InternetOfThings/IoTSensor",
            "iot_thing_temperature_sensor", "InternetOfThings/IoTThingTemperatureSensor",
            "iot_thing_humidity_sensor", "InternetOfThings/IoTThingHumiditySensor",
            "iot_thing_temperature_humidity_sensor", "InternetOfThings/IoTThingTemperatureHumiditySensor",
            "iot_thing_vibration_sensor", "InternetOfThings/IoTThingVibrationSensor",
            "iot_thing_temperature_vibration_sensor", "InternetOfThings/IoTThingTemperatureVibrationSensor",
            "iot_thing_freertos_device", "InternetOfThings/IoTThingFreeRTOSDevice",
            "iot_thing_industrial_pc", "InternetOfThings/IoTThingIndustrialPC",
            "iot_thing_plc", "InternetOfThings/IoTThingPLC", "iot_thing_relay", "InternetOfThings/IoTThingRelay",
            "iot_thing_stacklight", "InternetOfThings/IoTThingStacklight");

    @Override
    public ServiceKind kind() {
        return ServiceKind.CLIENT;
    }

    @Override
    public List<String> stencils() {
        return List.copyOf(ICONS.keySet());
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
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.producer(new StackView.Node(stack.scope(), names.variable(), names.type(), names.alias()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
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

    private static Map<String, String> orderedIcons(String... stencilThenIcon) {
        Map<String, String> icons = new LinkedHashMap<>();
        for (int i = 0; i < stencilThenIcon.length; i += 2) {
            icons.put(stencilThenIcon[i], stencilThenIcon[i + 1]);
        }
        return Collections.unmodifiableMap(icons);
    }
}
