package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Managed Service for Apache Flink application running its generated job (kit: {@code FlinkApps}). */
final class FlinkApplicationNode implements NodeIntegration {

    /** Managed Service for Apache Flink's quota of property groups per application. */
    static final int MAX_PROPERTY_GROUPS = 50;

    @Override
    public ServiceKind kind() {
        return ServiceKind.FLINK_APPLICATION;
    }

    @Override
    public List<String> stencils() {
        return List.of("managed_service_for_apache_flink");
    }

    @Override
    public Map<String, String> legacyStencils() {
        return Map.of("kinesis_data_analytics", "managed_service_for_apache_flink");
    }

    @Override
    public String icon() {
        return "Analytics/ManagedServiceforApacheFlink";
    }

    @Override
    public Optional<String> requiredInput() {
        return Optional.of("a Kinesis data stream to read (`stream --> application`)");
    }

    /**
     * The application writes somewhere, and its property groups (its own, one per stream and one per
     * table) fit the 50 Managed Service for Apache Flink takes.
     */
    @Override
    public List<Diagnostic> check(Component node, Architecture architecture) {
        List<Connection> arrows = new ArrayList<>(architecture.incoming(node.alias()));
        arrows.addAll(architecture.outgoing(node.alias()));
        if (architecture.outgoing(node.alias()).isEmpty()) {
            return List.of(Diagnostic.error(Integrations.CONNECTION_COUNT, node.location(),
                    "Flink application `" + node.alias() + "` writes its aggregates nowhere",
                    "draw an arrow from it to a DynamoDB table"));
        }
        if (1 + arrows.size() <= MAX_PROPERTY_GROUPS) {
            return List.of();
        }
        arrows.sort(Comparator.comparingInt((Connection c) -> c.location().line())
                .thenComparingInt(c -> c.location().column()));
        return List.of(Diagnostic.error("FLINK_PROPERTY_GROUPS", arrows.get(MAX_PROPERTY_GROUPS - 1).location(),
                "Flink application `" + node.alias() + "` would need " + (1 + arrows.size()) + " property groups (its"
                        + " own, and one per stream and table it is wired to), more than the " + MAX_PROPERTY_GROUPS
                        + " Managed Service for Apache Flink takes; this arrow is the one too many",
                "wire at most " + (MAX_PROPERTY_GROUPS - 1) + " streams and tables to one application: split its"
                        + " work over two applications"));
    }

    @Override
    public Optional<String> output() {
        return Optional.of("ApplicationName");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        stack.flinkApp(new StackView.FlinkAppNode(stack.scope(), names.variable(), names.type(), names.alias(), node.alias(),
                naming.flinkRoleIdPrefix(names)));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        return "Managed Flink application `" + names.type() + "` running `" + naming.jobClass(names) + "`";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("FlinkApps");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("CfnApplication");
    }

    /** The job on the embedded cluster, pointed at the local streams and tables through the stack's property groups. */
    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        List<LocalView.Group> streams = architecture.incoming(node.alias()).stream()
                .map(c -> group(naming, naming.of(c.from()))).toList();
        List<LocalView.Group> tables = architecture.outgoing(node.alias()).stream()
                .map(c -> group(naming, naming.of(c.to()))).toList();
        local.job(new LocalView.Job(naming.localJobVariable(names), node.alias(), naming.jobClass(names), streams,
                tables, Ends.sourceIds(architecture, naming, node.alias())));
    }

    private static LocalView.Group group(Naming naming, ComponentNames resource) {
        return new LocalView.Group(naming.propertyGroup(resource), resource.type());
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.ROLE, 1, Resources.POLICY, 1, "AWS::KinesisAnalyticsV2::Application", 1,
                Resources.LOG_GROUP, 1, Resources.LOG_STREAM, 1, "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption",
                1, Resources.ALARM, 2);
    }
}
