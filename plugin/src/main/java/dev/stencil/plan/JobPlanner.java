package dev.stencil.plan;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Declarations;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.AggregateSqlView;
import dev.stencil.plan.view.JobView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans one Flink job per Managed Flink application: its streams in, its tables out; a Flink SQL job
 * with its query and declaration when its arrows declare an aggregate.
 */
final class JobPlanner {

    private final Architecture architecture;
    private final Naming naming;

    JobPlanner(Architecture architecture, Naming naming) {
        this.architecture = architecture;
        this.naming = naming;
    }

    /**
     * The files of a job computing a declared aggregate.
     *
     * @param job the job
     * @param sql its query
     * @param spec its declaration, as the runtime reads it
     */
    record Declared(JobView job, AggregateSqlView sql, String spec) {}

    List<JobView> views() {
        return architecture.componentsOf(ServiceKind.FLINK_APPLICATION).stream().map(this::view).toList();
    }

    List<Declared> declared() {
        return architecture.componentsOf(ServiceKind.FLINK_APPLICATION).stream()
                .flatMap(app -> aggregated(app).map(a -> new Declared(view(app), AggregateSql.of(a, arrows(app)),
                        AggregateSpecs.json(a))).stream())
                .toList();
    }

    private Optional<Declarations.Aggregated> aggregated(Component app) {
        return architecture.declarations().aggregateOf(architecture, app.alias());
    }

    private String arrows(Component app) {
        return inputs(app).stream().map(c -> "\"" + c.from() + " -> " + c.to() + "\"").collect(Collectors.joining(", "));
    }

    private List<Connection> inputs(Component app) {
        return architecture.incoming(app.alias()).stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FLINK)
                .toList();
    }

    private JobView view(Component app) {
        ComponentNames names = naming.of(app);
        List<String> streams = inputs(app).stream().map(c -> naming.propertyGroup(naming.of(c.from()))).toList();
        List<String> tables = architecture.outgoing(app.alias()).stream()
                .filter(c -> c.kind() == ConnectionKind.FLINK_TO_TABLE)
                .map(c -> naming.propertyGroup(naming.of(c.to()))).toList();
        Optional<Declarations.Aggregated> aggregated = aggregated(app);
        boolean declared = aggregated.isPresent();
        return new JobView(naming.basePackage(), naming.jobPackage(names), naming.jobType(names), app.alias(),
                Text.javadoc(app.label()), naming.propertyGroup(names), streams.get(0),
                streams.subList(1, streams.size()), tables, KitDefaults.STANDARD.aggregates().windowMinutes(), declared,
                declared ? naming.aggregateSpecResource(names) : "", declared ? naming.aggregateSqlResource(names) : "",
                aggregated.map(a -> AggregateSql.attributes(a.aggregation())).orElse(List.of()),
                naming.jobType(names) + "QueryTest");
    }
}
