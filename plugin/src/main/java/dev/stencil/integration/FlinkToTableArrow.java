package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** Flink --> table: the job finds the table through a property group named after it (kit: {@code Wiring.flinkToTable}). */
final class FlinkToTableArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.FLINK_TO_TABLE;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.flinkToTable(new StackView.PropertyGroupWire(from.variable(), to.variable(), naming.propertyGroup(to)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("flinkToTable");
    }

    /**
     * The table's items evaluated apart from the job's declared aggregate, or, for the kit's job, its
     * counters adding up to the events of the streams the job reads.
     */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        String table = naming.of(arrow.to()).type();
        List<String> inputs = Ends.localInputs(architecture, naming, arrow.from());
        if (TableKeys.of(architecture, arrow.to()).aggregate().isPresent()) {
            local.declaredAggregates(new LocalView.DeclaredAggregates(table,
                    naming.aggregateSpecResource(naming.of(arrow.from())), inputs));
        } else {
            local.aggregates(table, inputs);
        }
    }
}
