package dev.stencil.plan;

import dev.stencil.naming.Text;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.ServiceKind;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.FunctionView.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Plans one handler, logic and test per Lambda function, with one sink per outgoing arrow. */
final class FunctionPlanner {

    private static final KitDefaults.Aggregates KEYS = KitDefaults.STANDARD.aggregates();

    private final Architecture architecture;
    private final Naming naming;

    FunctionPlanner(Architecture architecture, Naming naming) {
        this.architecture = architecture;
        this.naming = naming;
    }

    List<FunctionView> views() {
        return architecture.componentsOf(ServiceKind.LAMBDA_FUNCTION).stream().map(this::view).toList();
    }

    private FunctionView view(Component function) {
        ComponentNames names = naming.of(function);
        List<Sink> sinks = new ArrayList<>();
        int searchTargets = 0;
        int tableTargets = 0;
        for (Connection out : architecture.outgoing(function.alias())) {
            ComponentNames target = naming.of(out.to());
            if (out.kind() == ConnectionKind.FUNCTION_TO_SEARCH) {
                sinks.add(searchSink(names, target));
                searchTargets++;
            } else if (out.kind() == ConnectionKind.FUNCTION_TO_TABLE) {
                sinks.add(tableSink(target));
                tableTargets++;
            }
        }
        String sources = architecture.incoming(function.alias()).stream()
                .map(c -> "{@code " + c.from() + "}").collect(Collectors.joining(", "));
        return new FunctionView(naming.basePackage(), naming.functionPackage(names), naming.handlerType(names),
                naming.logicType(names), naming.handlerFixtureType(names), naming.handlerTestType(names),
                function.alias(), Text.javadoc(function.label()), sources, sinks, searchTargets, tableTargets);
    }

    private Sink searchSink(ComponentNames function, ComponentNames domain) {
        String index = naming.searchIndex(function);
        return new Sink("OpenSearchBulkSink", domain.variable(),
                "FromEnv.openSearchSink(env, " + Text.javaLiteral(naming.endpointVariable(domain)) + ", "
                        + Text.javaLiteral(naming.indexVariable(domain)) + ")",
                "IndexingProcessor.create(logic::enrich, ClickEvent::eventId, " + domain.variable() + ")",
                domain.alias(),
                "OpenSearchBulkSink.builder().endpoint(server.uri()).index(" + Text.javaLiteral(index) + ").build()");
    }

    private Sink tableSink(ComponentNames table) {
        String keys = Text.javaLiteral(KEYS.partitionKey()) + ", " + Text.javaLiteral(KEYS.sortKey());
        return new Sink("AggregateWriter", table.variable(),
                "FromEnv.aggregateWriter(env, " + Text.javaLiteral(naming.tableVariable(table)) + ", " + keys + ")",
                "AggregatingProcessor.create(logic::aggregateKey, ClickEvent::timestamp, java.time.Duration.ofMinutes(1),"
                        + " logic::counters, " + table.variable() + ")",
                table.alias(),
                "AggregateWriter.builder().client(server.dynamoDb()).tableName(" + Text.javaLiteral(table.resourceName())
                        + ").partitionKey(" + Text.javaLiteral(KEYS.partitionKey()) + ").sortKey("
                        + Text.javaLiteral(KEYS.sortKey()) + ").build()");
    }
}
