package dev.stencil.plan.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Feeds the generated stack, its tests and the overrides file: one list per kind of node and per
 * kind of arrow, each of a record whose fields are exactly what that kind's kit call needs, so the
 * template only prints each list with its one kit call. The local run is planned from the same
 * records.
 *
 * @param app the app's names
 * @param producers client nodes (a role each)
 * @param streams stream nodes
 * @param flinkApps Flink application nodes
 * @param functions function nodes
 * @param tables table nodes
 * @param domains OpenSearch domain nodes
 * @param buckets bucket nodes
 * @param queues queue nodes
 * @param iotCores IoT Core nodes
 * @param videoStreams Kinesis Video Streams nodes
 * @param producerToStream client ..> stream
 * @param producerToIot device ..> IoT Core
 * @param iotToStream IoT Core --> stream, a topic rule
 * @param producerToVideo camera ..> video stream
 * @param streamToFunction stream --> function, through an event source mapping
 * @param streamToFlink stream --> Flink
 * @param flinkToTable Flink --> table
 * @param functionToSearch function --> domain
 * @param functionToTable function --> table
 * @param functionToQueue function --> queue
 * @param tableToFunction table --> function, a lookup
 * @param archives stream --> bucket, directly or through a Firehose node
 * @param outputs the CfnOutput of each node the test asserts by name
 * @param streamProducers the producers that put records into a stream
 * @param iotPublishers the producers that publish to IoT Core
 * @param videoProducers the producers that put media into a video stream
 * @param resources every CloudFormation resource type the kit creates for this diagram, with its count
 * @param resourceTotal all resources of the stack
 * @param outputTotal all outputs of the stack
 * @param nestedStacks the nested stacks the main stack creates when the diagram is split; none when it fits one
 * @param stackCounts what each stack holds, the main one first
 * @param dashboards how many dashboards: one per stack with alarms
 * @param alarmTopicReference what every alarm's action refers to, as a regular expression: the main
 *     stack's topic {@code Alarms}, or a nested stack's parameter that passes it on
 */
public record StackView(
        AppView app,
        List<Node> producers,
        List<Node> streams,
        List<FlinkAppNode> flinkApps,
        List<FunctionNode> functions,
        List<TableNode> tables,
        List<Node> domains,
        List<Node> buckets,
        List<Node> queues,
        List<IotNode> iotCores,
        List<Node> videoStreams,
        List<Wire> producerToStream,
        List<Wire> producerToIot,
        List<RuleWire> iotToStream,
        List<Wire> producerToVideo,
        List<MappingWire> streamToFunction,
        List<PropertyGroupWire> streamToFlink,
        List<PropertyGroupWire> flinkToTable,
        List<SearchWire> functionToSearch,
        List<TableWire> functionToTable,
        List<QueueWire> functionToQueue,
        List<TableWire> tableToFunction,
        List<ArchiveWire> archives,
        List<String> outputs,
        List<Node> streamProducers,
        List<Node> iotPublishers,
        List<Node> videoProducers,
        List<ResourceCount> resources,
        int resourceTotal,
        int outputTotal,
        List<NestedStack> nestedStacks,
        List<StackCount> stackCounts,
        int dashboards,
        String alarmTopicReference) {

    public StackView {
        resources = List.copyOf(resources);
        producers = List.copyOf(producers);
        streams = List.copyOf(streams);
        flinkApps = List.copyOf(flinkApps);
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        domains = List.copyOf(domains);
        buckets = List.copyOf(buckets);
        queues = List.copyOf(queues);
        iotCores = List.copyOf(iotCores);
        producerToIot = List.copyOf(producerToIot);
        iotToStream = List.copyOf(iotToStream);
        videoStreams = List.copyOf(videoStreams);
        producerToVideo = List.copyOf(producerToVideo);
        videoProducers = List.copyOf(videoProducers);
        producerToStream = List.copyOf(producerToStream);
        streamToFunction = List.copyOf(streamToFunction);
        streamToFlink = List.copyOf(streamToFlink);
        flinkToTable = List.copyOf(flinkToTable);
        functionToSearch = List.copyOf(functionToSearch);
        functionToTable = List.copyOf(functionToTable);
        functionToQueue = List.copyOf(functionToQueue);
        tableToFunction = List.copyOf(tableToFunction);
        archives = List.copyOf(archives);
        outputs = List.copyOf(outputs);
        streamProducers = List.copyOf(streamProducers);
        iotPublishers = List.copyOf(iotPublishers);
        nestedStacks = List.copyOf(nestedStacks);
        stackCounts = List.copyOf(stackCounts);
    }

    /**
     * A nested stack of a split diagram.
     *
     * @param variable the Java local variable, the scope of its nodes' kit calls
     * @param id its construct id
     * @param description what it holds, for its template's description
     */
    public record NestedStack(String variable, String id, String description) {}

    /**
     * What one stack holds, as the generated test checks it against the synthesized template.
     *
     * @param id the nested stack's construct id, or empty for the main stack
     * @param name how the test names it
     * @param resources its resources
     * @param outputs its outputs
     */
    public record StackCount(String id, String name, int resources, int outputs) {}

    /**
     * How many resources of one type the stack holds.
     *
     * @param type the CloudFormation type, such as {@code AWS::KMS::Key}
     * @param count how many
     */
    public record ResourceCount(String type, int count) {}

    /** What every planned node has: the local variable and construct id it gets, and its alias. */
    public interface Planned {

        /** The scope of its kit call: {@code this} or the variable of its nested stack. */
        String scope();

        /** The Java local variable. */
        String variable();

        /** The construct id (PascalCase alias). */
        String id();

        /** The diagram alias, for comments. */
        String alias();
    }

    /** What every planned arrow has: the variables of its two ends. */
    public interface Link {

        /** The source node's variable. */
        String source();

        /** The target node's variable. */
        String target();
    }

    /**
     * A node whose kit call needs nothing but its id: a producer, stream, domain or bucket.
     *
     * @param scope the scope of its kit call
     * @param variable the Java local variable
     * @param id the construct id
     * @param alias the diagram alias
     */
    public record Node(String scope, String variable, String id, String alias) implements Planned {}

    /**
     * A Flink application.
     *
     * @param scope the scope of its kit call
     * @param variable the Java local variable
     * @param id the construct id
     * @param alias the diagram alias
     * @param job the alias of the job it runs
     * @param roleIdPrefix the prefix of its role's logical id, for the test
     */
    public record FlinkAppNode(String scope, String variable, String id, String alias, String job, String roleIdPrefix)
            implements Planned {}

    /**
     * A Lambda function.
     *
     * @param scope the scope of its kit call
     * @param variable the Java local variable
     * @param id the construct id
     * @param alias the diagram alias
     * @param handlerClass the fully qualified handler class
     * @param handler the Lambda handler, {@code handlerClass::handleRequest}
     */
    public record FunctionNode(String scope, String variable, String id, String alias, String handlerClass, String handler)
            implements Planned {}

    /**
     * A DynamoDB table.
     *
     * @param scope the scope of its kit call
     * @param variable the Java local variable
     * @param id the construct id
     * @param alias the diagram alias
     * @param partitionKey the partition key attribute
     * @param sortKey the sort key attribute
     * @param ttlAttribute the time-to-live attribute; empty when its items never expire
     */
    public record TableNode(String scope, String variable, String id, String alias, String partitionKey, String sortKey,
            String ttlAttribute)
            implements Planned {}

    /**
     * An arrow whose kit call needs nothing but its two ends: client ..> stream.
     *
     * @param source the source node's variable
     * @param target the target node's variable
     */
    public record Wire(String source, String target) implements Link {}

    /**
     * Stream --> function: an event source mapping.
     *
     * @param source the stream's variable
     * @param target the function's variable
     * @param mappingId the mapping's construct id, by which the overrides file names it
     * @param enhancedFanOut whether the function reads through enhanced fan-out
     * @param filter the sidecar's event pattern as a Java string literal; empty when the arrow has none
     * @param deployedFilter the pattern as the mapping's filter criteria carry it, a Java string literal; empty
     *     when the arrow has none
     */
    public record MappingWire(String source, String target, String mappingId, boolean enhancedFanOut, String filter,
            String deployedFilter) implements Link {}

    /**
     * Stream --> Flink or Flink --> table: the job finds the other end through a property group.
     *
     * @param source the source node's variable
     * @param target the target node's variable
     * @param propertyGroup the property group's id
     */
    public record PropertyGroupWire(String source, String target, String propertyGroup) implements Link {}

    /**
     * Function --> domain.
     *
     * @param source the function's variable
     * @param target the domain's variable
     * @param index the index the function writes to
     * @param endpointVariable the environment variable holding the domain's endpoint
     * @param indexVariable the environment variable holding the index
     */
    public record SearchWire(String source, String target, String index, String endpointVariable,
            String indexVariable) implements Link {}

    /**
     * Function --> table (a write), or table --> function (a lookup).
     *
     * @param source the variable of the arrow's source
     * @param target the variable of the arrow's target
     * @param tableVariable the function's environment variable holding the table's name
     */
    public record TableWire(String source, String target, String tableVariable) implements Link {}

    /**
     * Function --> queue.
     *
     * @param source the function's variable
     * @param target the queue's variable
     * @param queueVariable the environment variable holding the queue's URL
     */
    public record QueueWire(String source, String target, String queueVariable) implements Link {}

    /**
     * An IoT Core node.
     *
     * @param scope the scope of its kit call
     * @param variable the Java local variable
     * @param id its construct id
     * @param alias the diagram alias
     * @param topicRoot the first level of its topics
     */
    public record IotNode(String scope, String variable, String id, String alias, String topicRoot)
            implements Planned {}

    /**
     * IoT Core --> stream: one topic rule.
     *
     * @param source the IoT Core node's variable
     * @param target the stream's variable
     * @param ruleId the rule's construct id
     */
    public record RuleWire(String source, String target, String ruleId) implements Link {}

    /**
     * Stream --> bucket, directly or through a Firehose node: one delivery stream.
     *
     * @param source the stream's variable
     * @param target the bucket's variable
     * @param deliveryStreamId the delivery stream's construct id
     */
    public record ArchiveWire(String source, String target, String deliveryStreamId) implements Link {}

    /**
     * Collects the planned nodes and arrows, each integration adding its own through the one
     * adder of its kind, in the order they are planned.
     */
    public static final class Builder {

        private final List<Node> producers = new ArrayList<>();
        private final List<Node> streams = new ArrayList<>();
        private final List<FlinkAppNode> flinkApps = new ArrayList<>();
        private final List<FunctionNode> functions = new ArrayList<>();
        private final List<TableNode> tables = new ArrayList<>();
        private final List<Node> domains = new ArrayList<>();
        private final List<Node> buckets = new ArrayList<>();
        private final List<Node> queues = new ArrayList<>();
        private final List<IotNode> iotCores = new ArrayList<>();
        private final List<Wire> producerToIot = new ArrayList<>();
        private final List<RuleWire> iotToStream = new ArrayList<>();
        private final List<Node> videoStreams = new ArrayList<>();
        private final List<Wire> producerToVideo = new ArrayList<>();
        private final List<Wire> producerToStream = new ArrayList<>();
        private final List<MappingWire> streamToFunction = new ArrayList<>();
        private final List<PropertyGroupWire> streamToFlink = new ArrayList<>();
        private final List<PropertyGroupWire> flinkToTable = new ArrayList<>();
        private final List<SearchWire> functionToSearch = new ArrayList<>();
        private final List<TableWire> functionToTable = new ArrayList<>();
        private final List<QueueWire> functionToQueue = new ArrayList<>();
        private final List<TableWire> tableToFunction = new ArrayList<>();
        private final List<ArchiveWire> archives = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private String scope = "this";

        /** The scope of the kit calls of the nodes planned next: {@code this} or a nested stack's variable. */
        public void in(String scope) {
            this.scope = scope;
        }

        /** The scope of the node being planned. */
        public String scope() {
            return scope;
        }

        public void producer(Node node) {
            producers.add(node);
        }

        public void stream(Node node) {
            streams.add(node);
        }

        public void flinkApp(FlinkAppNode node) {
            flinkApps.add(node);
        }

        public void function(FunctionNode node) {
            functions.add(node);
        }

        public void table(TableNode node) {
            tables.add(node);
        }

        public void domain(Node node) {
            domains.add(node);
        }

        public void bucket(Node node) {
            buckets.add(node);
        }

        public void queue(Node node) {
            queues.add(node);
        }

        public void iotCore(IotNode node) {
            iotCores.add(node);
        }

        public void producerToIot(Wire wire) {
            producerToIot.add(wire);
        }

        public void iotToStream(RuleWire wire) {
            iotToStream.add(wire);
        }

        public void videoStream(Node node) {
            videoStreams.add(node);
        }

        public void producerToVideo(Wire wire) {
            producerToVideo.add(wire);
        }

        public void producerToStream(Wire wire) {
            producerToStream.add(wire);
        }

        public void streamToFunction(MappingWire wire) {
            streamToFunction.add(wire);
        }

        public void streamToFlink(PropertyGroupWire wire) {
            streamToFlink.add(wire);
        }

        public void flinkToTable(PropertyGroupWire wire) {
            flinkToTable.add(wire);
        }

        public void functionToSearch(SearchWire wire) {
            functionToSearch.add(wire);
        }

        public void functionToTable(TableWire wire) {
            functionToTable.add(wire);
        }

        public void functionToQueue(QueueWire wire) {
            functionToQueue.add(wire);
        }

        public void tableToFunction(TableWire wire) {
            tableToFunction.add(wire);
        }

        public void archive(ArchiveWire wire) {
            archives.add(wire);
        }

        /** A CfnOutput the kit gives a node, by its id. */
        public void output(String id) {
            outputs.add(id);
        }

        /** The producers one of the wires starts from. */
        private List<Node> sourcesOf(List<Wire> wires) {
            return producers.stream().filter(p -> wires.stream().anyMatch(w -> w.source().equals(p.variable())))
                    .toList();
        }

        /**
         * @param app the app's names
         * @param resources each resource type the stack holds, with its count
         * @param outputTotal how many outputs the stack has
         * @param nestedStacks the nested stacks, when split
         * @param stackCounts what each stack holds
         */
        public StackView build(AppView app, List<ResourceCount> resources, int outputTotal,
                List<NestedStack> nestedStacks, List<StackCount> stackCounts) {
            int dashboards = resources.stream().filter(r -> r.type().equals("AWS::CloudWatch::Dashboard"))
                    .mapToInt(ResourceCount::count).sum();
            return new StackView(app, producers, streams, flinkApps, functions, tables, domains, buckets, queues, iotCores,
                    videoStreams, producerToStream, producerToIot, iotToStream, producerToVideo, streamToFunction, streamToFlink, flinkToTable, functionToSearch,
                    functionToTable, functionToQueue, tableToFunction, archives, outputs, sourcesOf(producerToStream),
                    sourcesOf(producerToIot), sourcesOf(producerToVideo), resources,
                    resources.stream().mapToInt(ResourceCount::count).sum(), outputTotal, nestedStacks, stackCounts,
                    dashboards, nestedStacks.isEmpty() ? "^Alarms" : "Alarms");
        }
    }
}
