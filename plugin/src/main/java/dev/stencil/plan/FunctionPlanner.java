package dev.stencil.plan;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.FunctionEvent;
import dev.stencil.plan.view.FunctionView.Sink;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.FunctionView.LookupView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans one handler, logic and test per Lambda function, for the events it decodes, with one sink per
 * outgoing arrow, from its integration.
 */
final class FunctionPlanner {

    private final Architecture architecture;
    private final Naming naming;
    private final Integrations integrations;
    private final EventPlanner events;

    FunctionPlanner(Architecture architecture, Naming naming, Integrations integrations, EventPlanner events) {
        this.architecture = architecture;
        this.naming = naming;
        this.integrations = integrations;
        this.events = events;
    }

    List<FunctionView> views() {
        return architecture.componentsOf(ServiceKind.LAMBDA_FUNCTION).stream().map(this::view).toList();
    }

    private FunctionView view(Component function) {
        ComponentNames names = naming.of(function);
        FunctionEvent event = events.eventOf(function);
        List<Sink> sinks = new ArrayList<>();
        int searchTargets = 0;
        int tableTargets = 0;
        int queueTargets = 0;
        for (Connection out : architecture.outgoing(function.alias())) {
            integrations.arrow(out.kind()).functionSink(out, naming, event).ifPresent(sinks::add);
            searchTargets += out.kind() == ConnectionKind.FUNCTION_TO_SEARCH ? 1 : 0;
            tableTargets += out.kind() == ConnectionKind.FUNCTION_TO_TABLE ? 1 : 0;
            queueTargets += out.kind() == ConnectionKind.FUNCTION_TO_QUEUE ? 1 : 0;
        }
        String sources = architecture.incoming(function.alias()).stream()
                .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                .map(c -> "{@code " + c.from() + "}").collect(Collectors.joining(", "));
        List<LookupView> lookups = event.declared() ? lookups(function, event) : List.of();
        String lookupsType = lookups.isEmpty() ? "" : naming.lookupsType(names);
        return new FunctionView(naming.basePackage(), naming.functionPackage(names), naming.handlerType(names),
                naming.logicType(names), naming.handlerFixtureType(names), naming.handlerTestType(names),
                function.alias(), Text.javadoc(function.label()), sources, sinks, searchTargets, tableTargets,
                queueTargets, event, !event.declared() ? "FromEnv.geoIp(env), FromEnv.profileLookup(env)"
                        : lookups.isEmpty() ? "" : lookupsType + ".fromEnv(env)",
                lookupsType, lookups, lookups.isEmpty() ? "" : lookupsType + ".none()");
    }

    /** The function's declared lookups, each reading the event's key field as a string. */
    private List<LookupView> lookups(Component function, FunctionEvent event) {
        EventSchema schema = architecture.declarations().eventsOf(architecture, function.alias())
                .flatMap(s -> architecture.declarations().schema(s.schema())).orElseThrow();
        Map<String, String> components = Naming.eventComponents(schema.fieldNames());
        return architecture.declarations().lookupsOf(architecture, function.alias()).stream().map(lookup -> {
            String accessor = event.variable() + "." + components.get(lookup.key()) + "()";
            boolean text = schema.field(lookup.key()).map(f -> f.type() == FieldType.STRING || f.type() == FieldType.ENUM)
                    .orElse(true);
            return new LookupView(Naming.lookupMethod(lookup.as()), lookup.as(), lookup.table(),
                    naming.tableVariable(naming.of(lookup.table())), lookup.key(),
                    text ? accessor : "java.util.Objects.toString(" + accessor + ", null)");
        }).toList();
    }
}
