package dev.stencil.plan;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.ServiceKind;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.JobView;
import java.util.List;

/** Plans one Flink job per Managed Flink application: its streams in, its tables out. */
final class JobPlanner {

    private final Architecture architecture;
    private final Naming naming;

    JobPlanner(Architecture architecture, Naming naming) {
        this.architecture = architecture;
        this.naming = naming;
    }

    List<JobView> views() {
        return architecture.componentsOf(ServiceKind.FLINK_APPLICATION).stream().map(this::view).toList();
    }

    private JobView view(Component app) {
        ComponentNames names = naming.of(app);
        List<String> streams = architecture.incoming(app.alias()).stream()
                .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FLINK)
                .map(c -> naming.propertyGroup(naming.of(c.from()))).toList();
        List<String> tables = architecture.outgoing(app.alias()).stream()
                .filter(c -> c.kind() == ConnectionKind.FLINK_TO_TABLE)
                .map(c -> naming.propertyGroup(naming.of(c.to()))).toList();
        return new JobView(naming.basePackage(), naming.jobPackage(names), naming.jobType(names), app.alias(),
                Text.javadoc(app.label()), naming.propertyGroup(names), streams.get(0),
                streams.subList(1, streams.size()), tables, KitDefaults.STANDARD.aggregates().windowMinutes());
    }
}
