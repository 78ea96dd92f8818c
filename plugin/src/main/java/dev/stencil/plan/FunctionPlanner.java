package dev.stencil.plan;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.GeoIp;
import dev.stencil.model.Lookup;
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
                lookupsType, lookups, lookupImports(event, lookups), lookups.isEmpty() ? "" : lookupsType + ".none()");
    }

    /** The imports of a lookups class: the event, the runtime types its enrichments read with, and what each needs. */
    private static List<String> lookupImports(FunctionEvent event, List<LookupView> lookups) {
        java.util.TreeSet<String> imports = new java.util.TreeSet<>(List.of(event.className(),
                "dev.stencil.runtime.config.Env", "dev.stencil.runtime.events.EnrichedEvent",
                "dev.stencil.runtime.wiring.FromEnv", "java.util.Optional"));
        for (LookupView lookup : lookups) {
            imports.add("dev.stencil.runtime.enrich." + lookup.type());
            imports.add(lookup.type().equals("ItemLookup") ? "java.util.Map" : "dev.stencil.runtime.events.GeoLocation");
        }
        return List.copyOf(imports);
    }

    /** The function's declared lookups, each reading the event's key field as a string, then its geo-IP locations. */
    private List<LookupView> lookups(Component function, FunctionEvent event) {
        EventSchema schema = architecture.declarations().eventsOf(architecture, function.alias())
                .flatMap(s -> architecture.declarations().schema(s.schema())).orElseThrow();
        Map<String, String> components = Naming.eventComponents(schema.fieldNames());
        List<LookupView> views = new ArrayList<>();
        for (Lookup lookup : architecture.declarations().lookupsOf(architecture, function.alias())) {
            String accessor = event.variable() + "." + components.get(lookup.key()) + "()";
            boolean text = schema.field(lookup.key()).map(f -> f.type() == FieldType.STRING || f.type() == FieldType.ENUM)
                    .orElse(true);
            String method = Naming.lookupMethod(lookup.as());
            views.add(new LookupView(method, lookup.as(), "the item of {@code " + lookup.table() + "} whose {@code "
                    + lookup.key() + "} is the event's", "ItemLookup", "FromEnv.itemLookup(env, "
                    + Text.javaLiteral(naming.tableVariable(naming.of(lookup.table()))) + ", "
                    + Text.javaLiteral(lookup.key()) + ")", "ItemLookup.none()", "Optional<Map<String, Object>>",
                    method + ".find(" + (text ? accessor : "java.util.Objects.toString(" + accessor + ", null)") + ")",
                    ""));
        }
        for (GeoIp geo : architecture.declarations().geoIpsOf(architecture, function.alias())) {
            String method = Naming.lookupMethod(geo.as());
            views.add(new LookupView(method, geo.as(), "where the address in the event's {@code " + geo.field()
                    + "} is", "GeoIpProvider", geo.table().map(t -> "FromEnv.geoIp(" + Text.javaLiteral(
                            naming.geoIpResource(t.fileName())) + ")").orElse("FromEnv.geoIp(env)"),
                    "GeoIpProvider.none()", "Optional<GeoLocation>",
                    method + ".locate(" + event.variable() + "." + components.get(geo.field()) + "())",
                    ".map(GeoLocation::attributes)"));
        }
        return views;
    }
}
