package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/** Function --> table: the function writes per-window aggregates (kit: {@code Wiring.functionToTable}). */
final class FunctionToTableArrow implements ArrowIntegration {

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
}
