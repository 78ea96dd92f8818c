package dev.stencil.plan.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds the local run of a project ({@code mvn -Plocal verify}): its POM and its {@code LocalRun}
 * class, which creates the stack's nodes on local services and wires its arrows as the stack
 * does. Every name in it is taken from the stack's own view, so the two cannot drift apart.
 *
 * @param groupId the project's groupId
 * @param basePackage the base package
 * @param projectName the project's name
 * @param stackType the stack class the local run mirrors, for its Javadoc
 * @param services the local services needed, as {@code LocalCloud.Service} constants
 * @param streams the streams' names (their construct ids)
 * @param tables the tables, with their keys
 * @param buckets the buckets' local names
 * @param indices the indices functions write to
 * @param queues the queues' names (their construct ids)
 * @param produced the streams producers put events into, each with the events put
 * @param functions one entry per arrow from a stream into a function
 * @param jobs the Flink jobs
 * @param archives one entry per delivery stream
 * @param documents what each index must hold
 * @param aggregates what each table's counters must add up to
 * @param declaredAggregates the tables of declared aggregates, each evaluated apart from its declaration
 * @param items the tables functions put declared events into, one item per event by id
 * @param lookups the declared lookups of functions that index, each seeded and checked document by document
 * @param locations the declared geo-IP locations of functions that index, each checked document by document
 * @param messages what each queue must hold
 * @param notRunLocally parts of the diagram the local run cannot run, each with why
 * @param counter the counter attribute of aggregate items
 * @param declaresEvents whether some produced stream declares its events
 */
public record LocalView(
        String groupId,
        String basePackage,
        String projectName,
        String stackType,
        List<String> services,
        List<String> streams,
        List<Table> tables,
        List<String> buckets,
        List<String> indices,
        List<String> queues,
        List<Produced> produced,
        List<Function> functions,
        List<Job> jobs,
        List<Archive> archives,
        List<Documents> documents,
        List<Aggregates> aggregates,
        List<DeclaredAggregates> declaredAggregates,
        List<Items> items,
        List<Lookups> lookups,
        List<Locations> locations,
        List<Messages> messages,
        List<NotRun> notRunLocally,
        String counter,
        boolean declaresEvents) {

    public LocalView {
        services = List.copyOf(services);
        streams = List.copyOf(streams);
        tables = List.copyOf(tables);
        buckets = List.copyOf(buckets);
        indices = List.copyOf(indices);
        queues = List.copyOf(queues);
        produced = List.copyOf(produced);
        functions = List.copyOf(functions);
        jobs = List.copyOf(jobs);
        archives = List.copyOf(archives);
        documents = List.copyOf(documents);
        aggregates = List.copyOf(aggregates);
        declaredAggregates = List.copyOf(declaredAggregates);
        items = List.copyOf(items);
        lookups = List.copyOf(lookups);
        locations = List.copyOf(locations);
        messages = List.copyOf(messages);
        notRunLocally = List.copyOf(notRunLocally);
    }

    /**
     * A table as the stack creates it.
     *
     * @param name the table's name, its construct id
     * @param partitionKey partition key attribute
     * @param sortKey sort key attribute
     */
    public record Table(String name, String partitionKey, String sortKey) {}

    /**
     * A stream producers put events into.
     *
     * @param stream the stream's name
     * @param events the class-path resource describing its declared events; empty for the seed's clickstream
     */
    public record Produced(String stream, String events) {}

    /**
     * A function fed from one stream, as the stack's event source mapping feeds it.
     *
     * @param variable the stage's local variable, such as {@code fnFromKds}
     * @param name the stage's name, such as {@code Fn <- Kds}
     * @param stream the stream
     * @param handlerType the fully qualified handler class
     * @param environment the variables the stack sets on the function
     * @param filter the mapping's event pattern as a Java string literal; empty when it has none
     * @param logic whether the function calls its logic on every event it decodes: it does when it
     *     writes somewhere
     * @param eventClass the record it decodes, fully qualified, when its stream declares a schema; empty for clicks
     */
    public record Function(String variable, String name, String stream, String handlerType,
                           List<Variable> environment, String filter, boolean logic, String eventClass) {
        public Function {
            environment = List.copyOf(environment);
        }
    }

    /**
     * One environment variable of a function.
     *
     * @param name the variable, as the stack names it
     * @param value a Java expression of its local value
     */
    public record Variable(String name, String value) {}

    /**
     * A Flink job and its property groups.
     *
     * @param variable the stage's local variable
     * @param name the job's name ({@code env.execute}), the diagram alias
     * @param jobType the fully qualified job class
     * @param streams its streams: property group and local name
     * @param tables its tables: property group and local name
     * @param streamNames the names of the streams it reads, for the expected count
     */
    public record Job(String variable, String name, String jobType, List<Group> streams, List<Group> tables,
                      List<String> streamNames) {
        public Job {
            streams = List.copyOf(streams);
            tables = List.copyOf(tables);
            streamNames = List.copyOf(streamNames);
        }
    }

    /**
     * A property group pointing at a resource.
     *
     * @param group the group's name, as the stack names it
     * @param resource the resource's local name
     */
    public record Group(String group, String resource) {}

    /**
     * A delivery stream.
     *
     * @param id its construct id, which names its objects
     * @param stream the stream it reads
     * @param bucket the bucket's local name
     */
    public record Archive(String id, String stream, String bucket) {}

    /**
     * An index and the streams whose events it must hold, one document each.
     *
     * @param where domain and index, such as {@code Os/fn}
     * @param index the index
     * @param inputs what the function writing it reads, as Java expressions: a stream's name, or a
     *     filtered mapping's {@code input()}
     */
    public record Documents(String where, String index, List<String> inputs) {
        public Documents {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A table and the streams whose events its counters add up, once per writer.
     *
     * @param table the table's name
     * @param inputs what every writer reads, as Java expressions (see {@link Documents#inputs})
     */
    public record Aggregates(String table, List<String> inputs) {
        public Aggregates {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A table of a declared aggregate and the streams its job reads.
     *
     * @param table the table's name
     * @param spec the declaration's class-path resource
     * @param inputs the streams, as Java expressions (see {@link Documents#inputs})
     */
    public record DeclaredAggregates(String table, String spec, List<String> inputs) {
        public DeclaredAggregates {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A table functions put declared events into, and the streams of every writer.
     *
     * @param table the table's name
     * @param key the key attribute, the events' id field
     * @param inputs the streams, as Java expressions (see {@link Documents#inputs})
     */
    public record Items(String table, String key, List<String> inputs) {
        public Items {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A declared lookup of a function that indexes: the table the local run seeds, and the documents
     * that must carry its items.
     *
     * @param table the lookup table's name
     * @param key the event field looked up, the table's partition key
     * @param as the name the item is added under
     * @param index the index the function writes
     * @param inputs the function's streams, as Java expressions (see {@link Documents#inputs})
     */
    public record Lookups(String table, String key, String as, String index, List<String> inputs) {
        public Lookups {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A declared geo-IP location of a function that indexes, and the documents that must carry it.
     *
     * @param field the event field holding the address
     * @param as the name the location is added under
     * @param resource the class-path resource of the function's table; empty when it locates with its environment's
     * @param index the index the function writes
     * @param inputs the function's streams, as Java expressions (see {@link Documents#inputs})
     */
    public record Locations(String field, String as, String resource, String index, List<String> inputs) {
        public Locations {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A part of the diagram the local run cannot run.
     *
     * @param where the arrow or node, such as {@code Core -> Telemetry}, as a Java string literal
     * @param why why, and what the local run does instead, as a Java string literal
     */
    public record NotRun(String where, String why) {}

    /**
     * A queue and the streams whose events it must hold, one message each per sender.
     *
     * @param queue the queue's name
     * @param inputs what every sender reads, as Java expressions (see {@link Documents#inputs})
     */
    public record Messages(String queue, List<String> inputs) {
        public Messages {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * Collects the local run, each integration adding its nodes' resources and its arrows' stages
     * and checks through the adder of their kind, in the order they are planned.
     */
    public static final class Builder {

        private final List<String> streams = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<String> buckets = new ArrayList<>();
        private final Set<String> indices = new LinkedHashSet<>();
        private final List<String> queues = new ArrayList<>();
        private final Map<String, List<String>> messages = new LinkedHashMap<>();
        private final List<NotRun> notRun = new ArrayList<>();
        private final Map<String, Produced> produced = new LinkedHashMap<>();
        private final List<Map.Entry<String, Function>> functions = new ArrayList<>();
        private final Map<String, List<Variable>> environments = new LinkedHashMap<>();
        private final List<Job> jobs = new ArrayList<>();
        private final List<Archive> archives = new ArrayList<>();
        private final List<Documents> documents = new ArrayList<>();
        private final Map<String, List<String>> aggregates = new LinkedHashMap<>();
        private final List<DeclaredAggregates> declared = new ArrayList<>();
        private final Map<String, Items> items = new LinkedHashMap<>();
        private final List<Lookups> lookups = new ArrayList<>();
        private final List<Locations> locations = new ArrayList<>();

        public void stream(String id) {
            streams.add(id);
        }

        /** A table, which the aggregates check covers once something writes it. */
        public void table(Table table) {
            tables.add(table);
            aggregates.put(table.name(), new ArrayList<>());
        }

        public void bucket(String name) {
            buckets.add(name);
        }

        public void index(String name) {
            indices.add(name);
        }

        /** A queue, which the messages check covers once something sends to it. */
        public void queue(String name) {
            queues.add(name);
            messages.putIfAbsent(name, new ArrayList<>());
        }

        /** A part of the diagram the local run cannot run, said in its summary. */
        public void notRunLocally(String where, String why) {
            notRun.add(new NotRun(where, why));
        }

        /** Streams whose every event a sender sends to a queue. */
        public void messages(String queue, List<String> inputs) {
            messages.computeIfAbsent(queue, k -> new ArrayList<>()).addAll(inputs);
        }

        /** A stream the synthetic producers put events into. */
        public void produced(Produced stream) {
            produced.putIfAbsent(stream.stream(), stream);
        }

        /**
         * A function fed by a stream; its environment is what {@link #environment} adds for the
         * function, whichever order the arrows come in.
         *
         * @param function the function's alias
         */
        public void feed(String function, Function feed) {
            functions.add(Map.entry(function, feed));
        }

        /**
         * A variable of a function's environment, set in every feed of the function: each names
         * something the function writes, so a function with one calls its logic.
         */
        public void environment(String function, Variable variable) {
            environments.computeIfAbsent(function, k -> new ArrayList<>()).add(variable);
        }

        public void job(Job job) {
            jobs.add(job);
        }

        public void archive(Archive archive) {
            archives.add(archive);
        }

        public void documents(Documents expected) {
            documents.add(expected);
        }

        /** A table of declared events, one item per event by id; its writers' streams add up. */
        public void items(Items table) {
            Items known = items.get(table.table());
            List<String> inputs = new ArrayList<>(known == null ? List.of() : known.inputs());
            inputs.addAll(table.inputs());
            items.put(table.table(), new Items(table.table(), table.key(), inputs));
        }

        /** A declared lookup whose items the documents of its function must carry. */
        public void lookups(Lookups lookup) {
            lookups.add(lookup);
        }

        /** A declared geo-IP location the documents of its function must carry. */
        public void locations(Locations location) {
            locations.add(location);
        }

        /** A table of a declared aggregate, evaluated apart from its declaration. */
        public void declaredAggregates(DeclaredAggregates table) {
            declared.add(table);
        }

        /** Streams whose every event a writer counts into a table. */
        public void aggregates(String table, List<String> inputs) {
            aggregates.computeIfAbsent(table, k -> new ArrayList<>()).addAll(inputs);
        }

        /**
         * @param header the project's names
         * @param services the local services to start
         * @param counter the aggregates' counter attribute
         */
        public LocalView build(Header header, List<String> services, String counter) {
            List<Function> fed = new ArrayList<>();
            for (Map.Entry<String, Function> feed : functions) {
                Function f = feed.getValue();
                List<Variable> environment = environments.getOrDefault(feed.getKey(), List.of());
                fed.add(new Function(f.variable(), f.name(), f.stream(), f.handlerType(), environment, f.filter(),
                        !environment.isEmpty(), f.eventClass()));
            }
            List<Aggregates> written = aggregates.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> new Aggregates(e.getKey(), e.getValue())).toList();
            List<Messages> sent = messages.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> new Messages(e.getKey(), e.getValue())).toList();
            return new LocalView(header.groupId(), header.basePackage(), header.projectName(), header.stackType(),
                    services, streams, tables, buckets, List.copyOf(indices), queues, List.copyOf(produced.values()), fed, jobs,
                    archives, documents, written, List.copyOf(declared), List.copyOf(items.values()), lookups, locations, sent,
                    notRun,
                    counter,
                    produced.values().stream().anyMatch(p -> !p.events().isEmpty()));
        }
    }

    /**
     * The generated project's names the local run states.
     *
     * @param groupId the project's groupId
     * @param basePackage the base package
     * @param projectName the project name
     * @param stackType the stack class the run imitates
     */
    public record Header(String groupId, String basePackage, String projectName, String stackType) {}
}
