package dev.stencil.plan;

import dev.stencil.integration.Integrations;
import dev.stencil.model.Architecture;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventSchema;
import dev.stencil.model.StreamSemantics;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.AnalyticsView;
import dev.stencil.plan.view.AppView;
import dev.stencil.plan.view.DashboardsView;
import dev.stencil.plan.view.DataStoresView;
import dev.stencil.plan.view.EventView;
import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.JobView;
import dev.stencil.plan.view.JsonFileView;
import dev.stencil.plan.view.TextFileView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.PackageView;
import dev.stencil.plan.view.ProjectView;
import dev.stencil.plan.view.StackHomesView;
import dev.stencil.plan.view.StackView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides every file of the generated project and the view model that feeds its template: the
 * project files, then one method per module. Names come from {@link Naming} only.
 */
public final class Planner {

    /** The organisation's overrides of the kit's defaults: the user's file, read by the CDK app. */
    public static final String OVERRIDES = "infra/stack-overrides.properties";

    private static final List<String> LOCAL_FILES = List.of("package.json", "package-lock.json", "loopback.cjs");

    private final ProjectSettings settings;
    private final String sourceFile;
    private final Integrations integrations = Integrations.standard();

    /**
     * @param settings project-wide choices
     * @param sourceFile the diagram's file name, named in the README
     */
    public Planner(ProjectSettings settings, String sourceFile) {
        this.settings = settings;
        this.sourceFile = sourceFile;
    }

    /** Plans a new project: no node has a recorded stack yet. */
    public GenerationPlan plan(Architecture architecture) {
        return plan(architecture, Map.of());
    }

    /**
     * Plans the project.
     *
     * @param recordedHomes the stack of each node as the last generation recorded it ({@code .stencil/stacks}), by alias
     */
    public GenerationPlan plan(Architecture architecture, Map<String, String> recordedHomes) {
        Naming naming = new Naming(architecture, settings.basePackage());
        List<PlannedFile> files = new ArrayList<>();
        EventPlanner events = new EventPlanner(architecture, naming);
        List<FunctionView> functions = new FunctionPlanner(architecture, naming, integrations, events).views();
        JobPlanner jobPlanner = new JobPlanner(architecture, naming);
        List<JobView> jobs = jobPlanner.views();
        ProjectView project = projectView(architecture, naming, !functions.isEmpty(), !jobs.isEmpty());
        PackageView pkg = new PackageView(naming.basePackage());
        AppView app = StackPlanner.appView(architecture, naming, !functions.isEmpty(), !jobs.isEmpty());

        files.add(generated("pom.xml", "project/pom.xml.ftl", project));
        files.add(generated("cdk.json", "project/cdk.json.ftl", project));
        files.add(generated(".gitignore", "project/gitignore.ftl", project));
        StackPlanner stacks = new StackPlanner(architecture, naming, integrations, recordedHomes);
        files.add(generated("README.md", "project/README.md.ftl", new ReadmePlanner(architecture, naming, integrations,
                stacks.layout(), sourceFile, settings.source().diagramPath()).view(app, functions, jobs)));
        StackView stack = stacks.stackView(app);
        planInfra(naming, project, app, stack, files);
        planDashboards(architecture, naming, files);
        if (!functions.isEmpty()) {
            planFunctions(naming, project, pkg, functions, events.views(), files);
            events.searchMappings().forEach((resource, json) -> files.add(generated("functions/src/main/resources"
                    + resource, "functions/resource.ftl", new TextFileView(json))));
            events.geoIpTables().forEach((resource, text) -> files.add(generated("functions/src/main/resources"
                    + resource, "functions/resource.ftl", new TextFileView(text))));
        }
        if (!jobs.isEmpty()) {
            planAnalytics(naming, project, jobs, files);
            for (JobPlanner.Declared declared : jobPlanner.declared()) {
                files.add(generated("analytics/src/main/resources" + declared.job().specResource(),
                        "analytics/aggregate.json.ftl", new JsonFileView(declared.spec())));
                files.add(generated("analytics/src/main/resources" + declared.job().sqlResource(),
                        "analytics/aggregate.sql.ftl", declared.sql()));
                files.add(generated(naming.javaPath("analytics", "test", declared.job().packageName(),
                        declared.job().testType()), "analytics/QueryTest.java.ftl", declared.job()));
            }
        }
        LocalView local = new LocalPlanner(architecture, naming, integrations, settings.groupId()).view();
        planLocal(naming, pkg, local, files);
        for (StreamSemantics declared : architecture.declarations().streams()) {
            String resource = naming.localEventsResource(naming.of(declared.stream()));
            if (local.produced().stream().anyMatch(p -> p.events().equals(resource))) {
                events.localEvents(declared.stream()).ifPresent(json -> files.add(generated(
                        "local/src/main/resources" + resource, "local/events.json.ftl", new JsonFileView(json))));
            }
        }
        List<DataStoresView.DataStore> stores = architecture.components().stream()
                .filter(c -> integrations.node(c.kind()).holdsData())
                .map(c -> new DataStoresView.DataStore(stacks.stackPath(c.alias()), naming.of(c).type(),
                        c.kind().displayName(), c.alias()))
                .toList();
        files.add(generated(GenerationPlan.DATA_STORES, "project/data-stores.ftl", new DataStoresView(stores)));
        files.add(generated(GenerationPlan.STACKS, "project/stacks.ftl", new StackHomesView(architecture.components()
                .stream().map(c -> new StackHomesView.Home(c.alias(), stacks.stackPath(c.alias()))).toList())));
        return new GenerationPlan(naming.projectName(), files, stores);
    }

    private void planInfra(Naming naming, ProjectView project, AppView app, StackView stack, List<PlannedFile> files) {
        String infra = naming.modulePackage("infra");
        files.add(generated("infra/pom.xml", "infra/pom.xml.ftl", project));
        files.add(generated(naming.javaPath("infra", "main", infra, app.appType()), "infra/App.java.ftl", app));
        files.add(generated(naming.javaPath("infra", "main", infra, app.configType()), "infra/Config.java.ftl", app));
        files.add(generated(naming.javaPath("infra", "main", infra, app.stackType()), "infra/Stack.java.ftl", stack));
        files.add(generated(naming.javaPath("infra", "test", infra, app.stackTestType()),
                "infra/StackTest.java.ftl", stack));
        files.add(generated(naming.javaPath("infra", "test", infra, app.nagTestType()),
                "infra/NagTest.java.ftl", stack));
        files.add(owned(OVERRIDES, "infra/stack-overrides.properties.ftl", stack));
    }

    /**
     * One saved-objects file per index a function writes: the "visualization" half of the seed. Clicks
     * get the clickstream's visualizations (pages, countries); declared events get ones derived from
     * their schema ({@link SchemaDashboards}).
     */
    private static void planDashboards(Architecture architecture, Naming naming, List<PlannedFile> files) {
        for (Connection c : indexWriters(architecture)) {
            ComponentNames function = naming.of(c.from());
            String index = naming.searchIndex(function);
            String idPrefix = naming.dashboardsIdPrefix(function);
            Optional<StreamSemantics> declared = architecture.declarations().eventsOf(architecture, c.from());
            Optional<EventSchema> schema = declared.flatMap(d -> architecture.declarations().schema(d.schema()));
            if (schema.isPresent()) {
                files.add(generated(naming.dashboardsPath(function), "dashboards/schema-saved-objects.ndjson.ftl",
                        new JsonFileView(SchemaDashboards.of(index, idPrefix, schema.get(), declared.get()))));
            } else {
                files.add(generated(naming.dashboardsPath(function), "dashboards/saved-objects.ndjson.ftl",
                        new DashboardsView(index, idPrefix, "Clicks in " + index)));
            }
        }
    }

    /** The arrows from functions into search domains. */
    static List<Connection> indexWriters(Architecture architecture) {
        return architecture.connections().stream().filter(c -> c.kind() == ConnectionKind.FUNCTION_TO_SEARCH).toList();
    }

    private void planFunctions(Naming naming, ProjectView project, PackageView pkg, List<FunctionView> functions,
            List<EventView> events, List<PlannedFile> files) {
        files.add(generated("functions/pom.xml", "functions/pom.xml.ftl", project));
        files.add(generated(
                naming.javaPath("functions", "test", naming.modulePackage("functions"), naming.standInServerType()),
                "functions/StandInServer.java.ftl", pkg));
        files.add(generated("functions/src/test/resources/events/kinesis-event.json",
                "functions/kinesis-event.json.ftl", pkg));
        for (EventView event : events) {
            files.add(generated(naming.javaPath("functions", "main", event.packageName(), event.type()),
                    "functions/Event.java.ftl", event));
        }
        for (FunctionView f : functions) {
            String kind = f.event().declared() ? "Declared" : "";
            files.add(generated(naming.javaPath("functions", "main", f.packageName(), f.handlerType()),
                    "functions/Handler.java.ftl", f));
            files.add(owned(naming.javaPath("functions", "main", f.packageName(), f.logicType()),
                    "functions/" + kind + "Logic.java.ftl", f));
            if (!f.lookups().isEmpty()) {
                files.add(generated(naming.javaPath("functions", "main", f.packageName(), f.lookupsType()),
                        "functions/Lookups.java.ftl", f));
            }
            files.add(generated(naming.javaPath("functions", "test", f.packageName(), f.fixtureType()),
                    "functions/HandlerFixture.java.ftl", f));
            files.add(owned(naming.javaPath("functions", "test", f.packageName(), f.testType()),
                    "functions/" + kind + "HandlerTest.java.ftl", f));
        }
    }

    private void planAnalytics(Naming naming, ProjectView project, List<JobView> jobs, List<PlannedFile> files) {
        files.add(generated("analytics/pom.xml", "analytics/pom.xml.ftl", project));
        files.add(generated(
                naming.javaPath("analytics", "main", naming.modulePackage("analytics"), naming.analyticsMainType()),
                "analytics/AnalyticsMain.java.ftl", new AnalyticsView(naming.basePackage(), jobs)));
        for (JobView job : jobs) {
            files.add(generated(naming.javaPath("analytics", "main", job.packageName(), job.jobType()),
                    job.declared() ? "analytics/SqlJob.java.ftl" : "analytics/Job.java.ftl", job));
        }
    }

    /** The local run: its own module, listed only by the root POM's {@code local} profile. */
    private void planLocal(Naming naming, PackageView pkg, LocalView local, List<PlannedFile> files) {
        files.add(generated("local/pom.xml", "local/pom.xml.ftl", local));
        for (String file : LOCAL_FILES) {
            files.add(generated("local/" + file, "local/" + file + ".ftl", pkg));
        }
        files.add(generated(naming.javaPath("local", "main", naming.modulePackage("local"), naming.localRunType()),
                "local/LocalRun.java.ftl", local));
    }

    private ProjectView projectView(Architecture architecture, Naming naming, boolean functions, boolean analytics) {
        List<String> modules = new ArrayList<>();
        if (functions) {
            modules.add("functions");
        }
        if (analytics) {
            modules.add("analytics");
        }
        modules.add("infra");
        return new ProjectView(settings.groupId(), naming.projectName(),
                Text.pomText(naming.projectName() + ": generated by Stencil from " + sourceFile),
                naming.basePackage(), modules, settings.stencilVersion(),
                naming.appClass(), naming.analyticsMainClass(), stencilProperties(settings),
                CdkFeatureFlags.asContext());
    }

    /** What the short goals inside the project need to repeat this generation, as the mojos' properties. */
    private static List<ProjectView.PomProperty> stencilProperties(ProjectSettings settings) {
        GenerationSource source = settings.source();
        List<ProjectView.PomProperty> properties = new ArrayList<>(List.of(
                pomProperty("stencil.diagram", source.diagramPath()),
                pomProperty("stencil.outputDirectory", "."),
                pomProperty("stencil.groupId", settings.groupId()),
                pomProperty("stencil.package", settings.basePackage())));
        if (source.lenient()) {
            properties.add(pomProperty("stencil.lenient", "true"));
        }
        source.templateDirectory().ifPresent(t -> properties.add(pomProperty("stencil.templateDirectory", t)));
        return properties;
    }

    private static ProjectView.PomProperty pomProperty(String name, String value) {
        return new ProjectView.PomProperty(name, Text.pomText(value));
    }

    private static PlannedFile generated(String path, String template, Record view) {
        return new PlannedFile(path, template, view, Ownership.GENERATED);
    }

    private static PlannedFile owned(String path, String template, Record view) {
        return new PlannedFile(path, template, view, Ownership.USER);
    }
}
