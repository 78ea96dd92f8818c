package dev.stencil.plan;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.integration.Integrations;
import dev.stencil.integration.Resources;
import dev.stencil.integration.StackBudget;
import dev.stencil.integration.StackLayout;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.AppView;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.JobView;
import dev.stencil.plan.view.ReadmeView.AcknowledgementRow;
import dev.stencil.plan.view.ReadmeView.ComponentRow;
import dev.stencil.plan.view.ReadmeView.ConnectionRow;
import dev.stencil.plan.view.ReadmeView.ModuleRow;
import dev.stencil.plan.view.ReadmeView.SkippedRow;
import dev.stencil.plan.view.ReadmeView;
import java.util.ArrayList;
import java.util.List;

/** Plans the generated project's README: what each node and arrow became, and whose files are whose. */
final class ReadmePlanner {

    private final Architecture architecture;
    private final DeclaredData declared;
    private final Naming naming;
    private final String source;
    private final String diagramPath;
    private final Integrations integrations;
    private final StackLayout layout;

    ReadmePlanner(Architecture architecture, Naming naming, Integrations integrations, StackLayout layout, String source,
            String diagramPath) {
        this.integrations = integrations;
        this.layout = layout;
        this.diagramPath = diagramPath;
        this.architecture = architecture;
        this.declared = new DeclaredData(architecture);
        this.naming = naming;
        this.source = source;
    }

    ReadmeView view(AppView app, List<FunctionView> functions, List<JobView> jobs) {
        List<ComponentRow> components = architecture.components().stream()
                .map(c -> new ComponentRow(c.alias(), Text.markdownCell(c.label()), c.kind().displayName(), builtAs(c)))
                .toList();
        List<ConnectionRow> connections = architecture.connections().stream().map(this::row).toList();
        List<ModuleRow> modules = new ArrayList<>();
        if (!functions.isEmpty()) {
            modules.add(new ModuleRow("functions", "Lambda handlers on stencil-runtime, one package per function",
                    "`functions/target/functions.jar`"));
        }
        if (!jobs.isEmpty()) {
            modules.add(new ModuleRow("analytics", "Flink 1.20 jobs on stencil-flink, one package per application;"
                    + " `AnalyticsMain` picks the job named by property `Stencil.job`",
                    "`analytics/target/analytics.jar`"));
        }
        modules.add(new ModuleRow("infra", "AWS CDK app: `" + app.stackType() + "` (one line per node and arrow) on the"
                + " construct kit of library `stencil-cdk-kit` (production defaults per service and connection)", "`cdk.out/`"));
        List<String> userFiles = new ArrayList<>();
        for (FunctionView f : functions) {
            userFiles.add(naming.javaPath("functions", "main", f.packageName(), f.logicType()));
            userFiles.add(naming.javaPath("functions", "test", f.packageName(), f.testType()));
        }
        userFiles.add(Planner.OVERRIDES);
        List<SkippedRow> skipped = architecture.skipped().stream()
                .map(s -> new SkippedRow(s.alias(), Text.markdownCell(s.label()), s.stencil(), "line " + s.location().line()))
                .toList();
        List<AcknowledgementRow> acknowledgements = integrations.acknowledgements(architecture).stream()
                .map(a -> new AcknowledgementRow("`" + a.rule() + "`", a.where(), Text.markdownCell(a.reason())))
                .toList();
        return new ReadmeView(Text.markdownCell(architecture.name()), Text.markdownCell(source), app.stackId(),
                components, connections, modules, userFiles, skipped, acknowledgements, Planner.OVERRIDES,
                dashboards(), Text.markdownCell(diagramPath), Text.markdownCell(Naming.diagramImage(diagramPath, "svg")),
                PerformancePlanner.view(functions), KitDefaults.STANDARD, size(), declared.streams());
    }

    private List<String> dashboards() {
        return Planner.indexWriters(architecture).stream()
                .map(c -> naming.dashboardsPath(naming.of(c.from())))
                .toList();
    }

    private ReadmeView.Size size() {
        StackBudget total = layout.total();
        Resources r = total.resources();
        String stacks = !layout.split() ? "one stack, `" + naming.stackType() + "`"
                : "`" + naming.stackType() + "` (its data stores) and " + layout.nested().size() + " nested stacks ("
                        + String.join(", ", layout.nested().stream().map(h -> "`" + h.id() + "`").toList()) + ")";
        return new ReadmeView.Size(r.total(), StackBudget.MAX_RESOURCES, r.count(Resources.KEY), r.count(Resources.ALARM),
                r.count(Resources.LOG_GROUP), total.outputs(), StackBudget.MAX_OUTPUTS, stacks, layout.largest());
    }

    private String builtAs(Component c) {
        return integrations.node(c.kind()).builtAs(naming.of(c), architecture, naming);
    }

    private ConnectionRow row(Connection c) {
        return new ConnectionRow("`" + c.from() + "` → `" + c.to() + "`", Text.markdownCell(c.label()),
                declared.meaning(c));
    }
}
