package dev.stencil.integration;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.FunctionEvent;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/**
 * Function --> table: the function writes per-window aggregates of clicks, or each declared event
 * as an item keyed by its id (kit: {@code Wiring.functionToTable}).
 */
final class FunctionToTableArrow implements ArrowIntegration {

    private static final KitDefaults.Aggregates KEYS = KitDefaults.STANDARD.aggregates();

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.FUNCTION_TO_TABLE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.functionToTable(new StackView.TableWire(from.variable(), to.variable(), naming.tableVariable(to)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("functionToTable");
    }

    /**
     * The function's environment naming the local table; the table's counters adding up to its
     * events, or, for declared events, one item per event by id.
     */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames table = naming.of(arrow.to());
        local.environment(arrow.from(), new LocalView.Variable(naming.tableVariable(table),
                Text.javaLiteral(table.type())));
        TableKeys keys = TableKeys.of(architecture, arrow.to());
        if (keys.sortKey().isEmpty()) {
            local.items(new LocalView.Items(table.type(), keys.partitionKey(),
                    Ends.localInputs(architecture, naming, arrow.from())));
        } else {
            local.aggregates(table.type(), Ends.localInputs(architecture, naming, arrow.from()));
        }
    }

    /** Counting clicks per page per window; for declared events, putting each as an item keyed by its id. */
    @Override
    public Optional<FunctionView.Sink> functionSink(Connection arrow, Naming naming, FunctionEvent event) {
        ComponentNames table = naming.of(arrow.to());
        if (event.declared()) {
            String key = Text.javaLiteral(event.idField());
            return Optional.of(new FunctionView.Sink("BatchWriter", table.variable(),
                    "FromEnv.itemWriter(env, " + Text.javaLiteral(naming.tableVariable(table)) + ", " + key + ")",
                    "ItemProcessor.create(logic::enrich, " + event.idFunction() + ", " + key + ", " + table.variable()
                            + ")",
                    table.alias(),
                    "BatchWriter.builder().client(server.dynamoDb()).tableName(" + Text.javaLiteral(table.resourceName())
                            + ").keyAttributes(" + key + ").build()"));
        }
        String keys = Text.javaLiteral(KEYS.partitionKey()) + ", " + Text.javaLiteral(KEYS.sortKey());
        return Optional.of(new FunctionView.Sink("AggregateWriter", table.variable(),
                "FromEnv.aggregateWriter(env, " + Text.javaLiteral(naming.tableVariable(table)) + ", " + keys + ")",
                "AggregatingProcessor.create(logic::aggregateKey, ClickEvent::timestamp, java.time.Duration.ofMinutes("
                        + KEYS.windowMinutes() + "),"
                        + " logic::counters, " + table.variable() + ")",
                table.alias(),
                "AggregateWriter.builder().client(server.dynamoDb()).tableName(" + Text.javaLiteral(table.resourceName())
                        + ").partitionKey(" + Text.javaLiteral(KEYS.partitionKey()) + ").sortKey("
                        + Text.javaLiteral(KEYS.sortKey()) + ").build()"));
    }

    @Override
    public int environmentBytes(Connection arrow, Naming naming) {
        return naming.tableVariable(naming.of(arrow.to())).length() + StackBudget.DEPLOYED_VALUE_BYTES;
    }
}
