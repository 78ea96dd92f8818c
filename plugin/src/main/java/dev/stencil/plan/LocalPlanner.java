package dev.stencil.plan;

import dev.stencil.plan.view.JobView;
import dev.stencil.plan.view.LocalView;
import dev.stencil.plan.view.LocalView.Aggregates;
import dev.stencil.plan.view.LocalView.Archive;
import dev.stencil.plan.view.LocalView.Documents;
import dev.stencil.plan.view.LocalView.Group;
import dev.stencil.plan.view.LocalView.Table;
import dev.stencil.plan.view.LocalView.Variable;
import dev.stencil.plan.view.StackView;
import dev.stencil.plan.view.StackView.Node;
import dev.stencil.plan.view.StackView.Wire;
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
    private final Map<String, Node> byVariable = new HashMap<>();

    LocalPlanner(StackView stack, Naming naming, String groupId) {
        this.stack = stack;
        this.naming = naming;
        this.groupId = groupId;
        Stream.of(stack.producers(), stack.streams(), stack.flinkApps(), stack.functions(), stack.tables(),
                stack.domains(), stack.buckets()).flatMap(List::stream).forEach(n -> byVariable.put(n.variable(), n));
    }

    LocalView view(List<JobView> jobViews) {
        List<String> services = new ArrayList<>();
        addIf(services, !stack.streams().isEmpty(), "KINESIS");
        addIf(services, !stack.tables().isEmpty(), "DYNAMODB");
        addIf(services, !stack.buckets().isEmpty(), "S3");
        addIf(services, !stack.domains().isEmpty(), "OPENSEARCH");
        return new LocalView(groupId, naming.basePackage(), naming.projectName(), stack.app().stackType(), services,
                stack.streams().stream().map(Node::id).toList(),
                stack.tables().stream().map(t -> new Table(t.id(), t.detail(), t.detail2())).toList(),
                stack.buckets().stream().map(this::bucketName).toList(),
                stack.functionToSearch().stream().map(Wire::detail).distinct().toList(),
                stack.producerToStream().stream().map(w -> id(w.target())).distinct().toList(),
                functions(), jobs(jobViews), archives(), documents(), aggregates(), StackPlanner.COUNTER);
    }

    private List<LocalView.Function> functions() {
        List<LocalView.Function> functions = new ArrayList<>();
        for (Wire feed : stack.streamToFunction()) {
            Node function = byVariable.get(feed.target());
            String stream = id(feed.source());
            List<Variable> environment = new ArrayList<>();
            for (Wire search : outgoing(stack.functionToSearch(), feed.target())) {
                environment.add(new Variable(search.detail2(),
                        "cloud.searchEndpoint(" + Text.javaLiteral(id(search.target())) + ")"));
                environment.add(new Variable(search.detail3(), Text.javaLiteral(search.detail())));
            }
            for (Wire table : outgoing(stack.functionToTable(), feed.target())) {
                environment.add(new Variable(table.detail(), Text.javaLiteral(id(table.target()))));
            }
            functions.add(new LocalView.Function(function.variable() + "From" + stream, function.id() + " <- " + stream,
                    stream, function.detail().substring(0, function.detail().indexOf("::")), environment));
        }
        return functions;
    }

    private List<LocalView.Job> jobs(List<JobView> jobViews) {
        List<LocalView.Job> jobs = new ArrayList<>();
        for (Node app : stack.flinkApps()) {
            JobView job = jobViews.stream().filter(j -> j.alias().equals(app.detail())).findFirst().orElseThrow();
            List<Wire> in = incoming(stack.streamToFlink(), app.variable());
            jobs.add(new LocalView.Job(app.variable() + "Job", job.alias(), job.packageName() + "." + job.jobType(),
                    in.stream().map(w -> new Group(w.detail(), id(w.source()))).toList(),
                    outgoing(stack.flinkToTable(), app.variable()).stream()
                            .map(w -> new Group(w.detail(), id(w.target()))).toList(),
                    in.stream().map(w -> id(w.source())).toList()));
        }
        return jobs;
    }

    private List<Archive> archives() {
        return stack.archives().stream()
                .map(w -> new Archive(w.detail(), id(w.source()), bucketName(byVariable.get(w.target())))).toList();
    }

    private List<Documents> documents() {
        return stack.functionToSearch().stream()
                .map(w -> new Documents(id(w.target()) + "/" + w.detail(), w.detail(), streamsInto(w.source())))
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

    private String bucketName(Node bucket) {
        return naming.localBucketName(naming.of(bucket.alias()));
    }

    private String id(String variable) {
        return byVariable.get(variable).id();
    }

    private static List<Wire> outgoing(List<Wire> wires, String source) {
        return wires.stream().filter(w -> w.source().equals(source)).toList();
    }

    private static List<Wire> incoming(List<Wire> wires, String target) {
        return wires.stream().filter(w -> w.target().equals(target)).toList();
    }

    private static void addIf(List<String> list, boolean condition, String value) {
        if (condition) {
            list.add(value);
        }
    }
}
