package dev.stencil.plan;

import dev.stencil.naming.Text;
import dev.stencil.naming.ComponentNames;
import dev.stencil.naming.Naming;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.LocalView.Aggregates;
import dev.stencil.plan.view.LocalView.Archive;
import dev.stencil.plan.view.LocalView.Documents;
import dev.stencil.plan.view.LocalView.Group;
import dev.stencil.plan.view.LocalView.Table;
import dev.stencil.plan.view.LocalView.Variable;
import dev.stencil.plan.view.StackView;
import dev.stencil.plan.view.StackView.FlinkAppNode;
import dev.stencil.plan.view.StackView.FunctionNode;
import dev.stencil.plan.view.StackView.Link;
import dev.stencil.plan.view.StackView.MappingWire;
import dev.stencil.plan.view.StackView.Planned;
import dev.stencil.plan.view.StackView.PropertyGroupWire;
import dev.stencil.plan.view.StackView.SearchWire;
import dev.stencil.plan.view.StackView.TableWire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plans the local run from the stack's own view: every node, construct id, environment variable
 * and property group the local run uses is read from {@link StackView}, so the local run wires
 * exactly what the stack wires. Local-only choices (a bucket's local name) come from {@link Naming}.
 */
final class LocalPlanner {

    private final StackView stack;
    private final Naming naming;
    private final String groupId;
    private final Map<String, Planned> byVariable = new HashMap<>();

    private final List<String> services;

    /**
     * @param stack the planned stack
     * @param naming the naming layer
     * @param groupId the generated project's groupId
     * @param services the local services the architecture's kinds need (see {@code Integrations.localServices})
     */
    LocalPlanner(StackView stack, Naming naming, String groupId, List<String> services) {
        this.stack = stack;
        this.services = List.copyOf(services);
        this.naming = naming;
        this.groupId = groupId;
        Stream.of(stack.producers(), stack.streams(), stack.flinkApps(), stack.functions(), stack.tables(),
                stack.domains(), stack.buckets()).flatMap(List::stream).forEach(n -> byVariable.put(n.variable(), n));
    }

    LocalView view() {
        return new LocalView(groupId, naming.basePackage(), naming.projectName(), stack.app().stackType(), services,
                stack.streams().stream().map(Planned::id).toList(),
                stack.tables().stream().map(t -> new Table(t.id(), t.partitionKey(), t.sortKey())).toList(),
                stack.buckets().stream().map(this::bucketName).toList(),
                stack.functionToSearch().stream().map(SearchWire::index).distinct().toList(),
                stack.producerToStream().stream().map(w -> id(w.target())).distinct().toList(),
                functions(), jobs(), archives(), documents(), aggregates(), KitDefaults.STANDARD.aggregates().counter());
    }

    private List<LocalView.Function> functions() {
        List<LocalView.Function> functions = new ArrayList<>();
        for (MappingWire feed : stack.streamToFunction()) {
            FunctionNode function = stack.functions().stream()
                    .filter(f -> f.variable().equals(feed.target())).findFirst().orElseThrow();
            String stream = id(feed.source());
            List<Variable> environment = new ArrayList<>();
            for (SearchWire search : outgoing(stack.functionToSearch(), feed.target())) {
                environment.add(new Variable(search.endpointVariable(),
                        "cloud.searchEndpoint(" + Text.javaLiteral(id(search.target())) + ")"));
                environment.add(new Variable(search.indexVariable(), Text.javaLiteral(search.index())));
            }
            for (TableWire table : outgoing(stack.functionToTable(), feed.target())) {
                environment.add(new Variable(table.tableVariable(), Text.javaLiteral(id(table.target()))));
            }
            functions.add(new LocalView.Function(naming.localFeedVariable(names(feed.target()), names(feed.source())),
                    function.id() + " <- " + stream, stream, function.handlerClass(), environment));
        }
        return functions;
    }

    private List<LocalView.Job> jobs() {
        List<LocalView.Job> jobs = new ArrayList<>();
        for (FlinkAppNode app : stack.flinkApps()) {
            List<PropertyGroupWire> in = incoming(stack.streamToFlink(), app.variable());
            ComponentNames names = names(app.variable());
            jobs.add(new LocalView.Job(naming.localJobVariable(names), app.job(), naming.jobClass(names),
                    in.stream().map(w -> new Group(w.propertyGroup(), id(w.source()))).toList(),
                    outgoing(stack.flinkToTable(), app.variable()).stream()
                            .map(w -> new Group(w.propertyGroup(), id(w.target()))).toList(),
                    in.stream().map(w -> id(w.source())).toList()));
        }
        return jobs;
    }

    private List<Archive> archives() {
        return stack.archives().stream()
                .map(w -> new Archive(w.deliveryStreamId(), id(w.source()), bucketName(byVariable.get(w.target()))))
                .toList();
    }

    private List<Documents> documents() {
        return stack.functionToSearch().stream()
                .map(w -> new Documents(id(w.target()) + "/" + w.index(), w.index(), streamsInto(w.source())))
                .toList();
    }

    /** Each table's writers' streams: a Flink job adds one per event it reads, so does a function. */
    private List<Aggregates> aggregates() {
        Map<String, List<String>> streams = new LinkedHashMap<>();
        stack.tables().forEach(t -> streams.put(t.variable(), new ArrayList<>()));
        stack.flinkToTable().forEach(w -> streams.get(w.target()).addAll(
                incoming(stack.streamToFlink(), w.source()).stream().map(s -> id(s.source())).toList()));
        stack.functionToTable().forEach(w -> streams.get(w.target()).addAll(streamsInto(w.source())));
        return streams.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Aggregates(id(e.getKey()), e.getValue())).toList();
    }

    private List<String> streamsInto(String function) {
        return incoming(stack.streamToFunction(), function).stream().map(w -> id(w.source())).toList();
    }

    private String bucketName(Planned bucket) {
        return naming.localBucketName(naming.of(bucket.alias()));
    }

    private ComponentNames names(String variable) {
        return naming.of(byVariable.get(variable).alias());
    }

    private String id(String variable) {
        return byVariable.get(variable).id();
    }

    private static <W extends Link> List<W> outgoing(List<W> wires, String source) {
        return wires.stream().filter(w -> w.source().equals(source)).toList();
    }

    private static <W extends Link> List<W> incoming(List<W> wires, String target) {
        return wires.stream().filter(w -> w.target().equals(target)).toList();
    }
}
