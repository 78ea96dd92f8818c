package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/**
 * A DynamoDB table of per-window aggregates, keyed for the declared aggregate written to it, else as
 * the kit's defaults say (kit: {@code Tables}).
 */
final class DynamoDbTableNode implements NodeIntegration {

    @Override
    public ServiceKind kind() {
        return ServiceKind.DYNAMODB_TABLE;
    }

    @Override
    public List<String> stencils() {
        return List.of("dynamodb", "dynamodb_table");
    }

    @Override
    public String icon() {
        return "Database/DynamoDB";
    }

    @Override
    public Optional<String> output() {
        return Optional.of("TableName");
    }

    @Override
    public void plan(Component node, ComponentNames names, Architecture architecture, Naming naming,
            StackView.Builder stack) {
        TableKeys keys = TableKeys.of(architecture, node.alias());
        stack.table(new StackView.TableNode(stack.scope(), names.variable(), names.type(), names.alias(),
                keys.partitionKey(), keys.sortKey(), keys.ttlAttribute()));
    }

    @Override
    public String builtAs(ComponentNames names, Architecture architecture, Naming naming) {
        TableKeys keys = TableKeys.of(architecture, names.alias());
        return "table `" + names.type() + "` (`" + keys.partitionKey() + "`"
                + (keys.sortKey().isEmpty() ? "" : ", `" + keys.sortKey() + "`")
                + (keys.ttlAttribute().isEmpty() ? "" : "; TTL `" + keys.ttlAttribute() + "`") + ")";
    }

    @Override
    public Optional<String> kitFactory() {
        return Optional.of("Tables");
    }

    @Override
    public List<String> cdkClasses() {
        return List.of("Table", "TableV2");
    }

    @Override
    public Optional<String> localService() {
        return Optional.of("DYNAMODB");
    }

    @Override
    public void planLocal(Component node, ComponentNames names, Architecture architecture, Naming naming,
            LocalView.Builder local) {
        TableKeys keys = TableKeys.of(architecture, node.alias());
        local.table(new LocalView.Table(names.type(), keys.partitionKey(), keys.sortKey()));
    }

    @Override
    public Resources resources(Component node, Architecture architecture) {
        return Resources.of(Resources.KEY, 1, "AWS::DynamoDB::Table", 1, Resources.ALARM, 2);
    }

    @Override
    public boolean holdsData() {
        return true;
    }
}
