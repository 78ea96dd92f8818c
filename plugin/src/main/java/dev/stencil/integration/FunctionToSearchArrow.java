package dev.stencil.integration;

import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.GeoIp;
import dev.stencil.model.ConnectionKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.FunctionEvent;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.StackView;
import java.util.List;
import java.util.Optional;

/** Function --> domain: the function writes its one index (kit: {@code Wiring.functionToSearch}). */
final class FunctionToSearchArrow implements ArrowIntegration {

    @Override
    public ConnectionKind kind() {
        return ConnectionKind.FUNCTION_TO_SEARCH;
    }

    @Override
    public void plan(Connection arrow, Architecture architecture, Naming naming, StackView.Builder stack) {
        ComponentNames from = naming.of(arrow.from());
        ComponentNames to = naming.of(arrow.to());
        stack.functionToSearch(new StackView.SearchWire(from.variable(), to.variable(), naming.searchIndex(from),
                naming.endpointVariable(to), naming.indexVariable(to)));
    }

    @Override
    public Optional<String> wiringMethod() {
        return Optional.of("functionToSearch");
    }

    @Override
    public List<Acknowledgement> acknowledgements() {
        return List.of(new Acknowledgement("SEARCH_INDEX_DOCUMENTS", "AwsSolutions-IAM5",
                "each function writing a search domain, `Resource::<domain>.Arn/<index>/*`",
                "the function may write the documents of its one index; OpenSearch names documents below the"
                        + " index path, so the grant ends in /*"));
    }

    /**
     * The index on the local server, the function's environment pointing at it, and one document per
     * event. An index of declared events is not created beforehand: the function puts its index
     * template first, as on AWS, and the first documents create it with the template's mappings.
     */
    @Override
    public void planLocal(Connection arrow, Architecture architecture, Naming naming, LocalView.Builder local) {
        ComponentNames domain = naming.of(arrow.to());
        String index = naming.searchIndex(naming.of(arrow.from()));
        if (architecture.declarations().eventsOf(architecture, arrow.from()).isEmpty()) {
            local.index(index);
        }
        local.environment(arrow.from(), new LocalView.Variable(naming.endpointVariable(domain),
                "cloud.searchEndpoint(" + Text.javaLiteral(domain.type()) + ")"));
        local.environment(arrow.from(), new LocalView.Variable(naming.indexVariable(domain), Text.javaLiteral(index)));
        local.documents(new LocalView.Documents(domain.type() + "/" + index, index,
                Ends.localInputs(architecture, naming, arrow.from())));
        for (GeoIp geo : architecture.declarations().geoIpsOf(architecture, arrow.from())) {
            local.locations(new LocalView.Locations(geo.field(), geo.as(), geo.table()
                    .map(t -> naming.geoIpResource(t.fileName())).orElse(""), index,
                    Ends.localInputs(architecture, naming, arrow.from())));
        }
    }

    @Override
    public Optional<FunctionView.Sink> functionSink(Connection arrow, Naming naming, FunctionEvent event) {
        ComponentNames function = naming.of(arrow.from());
        ComponentNames domain = naming.of(arrow.to());
        String index = naming.searchIndex(function);
        return Optional.of(new FunctionView.Sink("OpenSearchBulkSink", domain.variable(),
                "FromEnv.openSearchSink(env, " + Text.javaLiteral(naming.endpointVariable(domain)) + ", "
                        + Text.javaLiteral(naming.indexVariable(domain))
                        + (event.mappings().isEmpty() ? "" : ", " + Text.javaLiteral(event.mappings())) + ")",
                "IndexingProcessor.create(logic::enrich, " + event.idFunction() + ", " + domain.variable() + ")",
                domain.alias(),
                "OpenSearchBulkSink.builder().endpoint(server.uri()).index(" + Text.javaLiteral(index) + ").build()"));
    }

    @Override
    public int environmentBytes(Connection arrow, Naming naming) {
        ComponentNames domain = naming.of(arrow.to());
        return naming.endpointVariable(domain).length() + "https://".length() + StackBudget.DEPLOYED_VALUE_BYTES
                + naming.indexVariable(domain).length() + naming.searchIndex(naming.of(arrow.from())).length();
    }
}
