package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Lookup;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.Optional;

/**
 * Table --> function: the function looks items up in the table, as the sidecar's {@code enrich}
 * declares for a declared function, or reads the seed's user profiles ({@code PROFILE_TABLE_NAME})
 * for a clickstream one. A get-only grant and the table's name in the function's environment (kit:
 * {@code Wiring.tableToFunction}); no resource of its own.
 */
final class TableToFunctionArrow implements ArrowIntegration {

    /** What the seed's clickstream logic reads its profiles from. */
    static final String PROFILE_VARIABLE = "PROFILE_TABLE_NAME";

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.TABLE_TO_FUNCTION;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames table = naming.of(arrow.from());
        ComponentNames function = naming.of(arrow.to());
        stack.tableToFunction(new StackView.TableWire(table.variable(), function.variable(),
                variable(arrow, architecture, naming)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("tableToFunction");
    }

    @Override
    public boolean builtWithTarget() {
        return true;
    }

    /**
     * The function's environment naming the local table; for each lookup of it by a function that
     * indexes, the items the run seeds and the documents that must carry them.
     */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames table = naming.of(arrow.from());
        local.environment(arrow.to(), new LocalView.Variable(variable(arrow, architecture, naming),
                Text.javaLiteral(table.type())));
        String index = naming.searchIndex(naming.of(arrow.to()));
        boolean indexes = architecture.outgoing(arrow.to()).stream()
                .anyMatch(c -> c.kind() == ConnectionKind.FUNCTION_TO_SEARCH);
        for (Lookup lookup : architecture.declarations().lookupsOf(architecture, arrow.to())) {
            if (indexes && lookup.table().equals(arrow.from())) {
                local.lookups(new LocalView.Lookups(table.type(), lookup.key(), lookup.as(), index,
                        Ends.localInputs(architecture, naming, arrow.to())));
            }
        }
    }

    @Override
    public int environmentBytes(Connection arrow, Naming naming) {
        return naming.tableVariable(naming.of(arrow.from())).length() + StackBudget.DEPLOYED_VALUE_BYTES;
    }

    /** The variable the function finds the table's name in. */
    static String variable(Connection arrow, Architecture architecture, Naming naming) {
        return architecture.declarations().eventsOf(architecture, arrow.to()).isPresent()
                ? naming.tableVariable(naming.of(arrow.from())) : PROFILE_VARIABLE;
    }
}
