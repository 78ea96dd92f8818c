package dev.stencil.cdk;

import dev.stencil.defaults.KinesisFilters;
import dev.stencil.defaults.KitDefaults;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.kinesis.StreamConsumer;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IEventSource;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.KinesisConsumerEventSource;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSource;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSourceProps;
import software.amazon.awscdk.services.opensearchservice.IDomain;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.IConstruct;

/**
 * One method per supported kind of diagram arrow. Each grants the source exactly what the
 * arrow needs on the target and tells the source where the target is: environment variables for
 * functions, runtime property groups for Flink applications, both named by the generated stack.
 * Constructs an arrow adds are named {@code <Source>To<Target>...}; its settings kind is
 * {@code mapping}, its settings id {@code <Source>To<Target>}.
 */
public final class Wiring {

    private static final KitDefaults.Mapping MAPPING = KitDefaults.STANDARD.mapping();

    private Wiring() {
    }

    /** {@code producer ..> stream}: the producer may put records and encrypt them; nothing else. */
    public static void producerToStream(IGrantable producer, IStream stream) {
        stream.grant(producer, "kinesis:PutRecord", "kinesis:PutRecords", "kinesis:ListShards",
                "kinesis:DescribeStreamSummary");
        Keys.grantEncrypt(stream.getEncryptionKey(), producer);
    }

    /** {@code producer ..> video stream}: the producer may put media and encrypt it; nothing else. */
    public static void producerToVideo(IGrantable producer, VideoStream stream) {
        stream.grantPutMedia(producer);
    }

    /** {@code device ..> IoT Core}: the device may publish to the node's topics; nothing else. */
    public static void producerToIot(IGrantable device, IotCore core) {
        core.grantPublish(device);
    }

    /**
     * {@code IoT Core --> stream}: a topic rule puts every message the devices publish into the
     * stream (see {@link IotCore#ruleTo}).
     *
     * @param core   the node
     * @param stream a stream of {@link Streams}
     * @param id     the rule's construct id, {@code <Source>To<Target>}
     */
    public static void iotToStream(IotCore core, IStream stream, String id) {
        core.ruleTo(id, stream);
    }

    /**
     * {@code stream --> function}: an event source mapping on the function's alias {@code live}
     * with partial batch responses, bisection on error, bounded retries and record age, a
     * parallelization factor, failed batches described in an encrypted queue; alarms on consumer
     * lag (half the stream's retention) and on failed batches. With {@code enhancedFanOut} (the
     * diagram's choice when the stream has more than two consumers; setting
     * {@code enhancedFanOut}) the function reads through a registered stream consumer with its
     * own throughput.
     */
    public static void streamToFunction(IStream stream, Function function, boolean enhancedFanOut) {
        streamToFunction(stream, function, enhancedFanOut, "");
    }

    /**
     * {@code stream --> function} with the sidecar's {@code filter}: as {@link #streamToFunction(IStream,
     * Function, boolean)}, and the mapping's filter criteria hold the event pattern, applied to each
     * record's JSON data, so that only matching records invoke the function (the others are dropped
     * by Lambda and cost nothing).
     *
     * @param filterPattern an EventBridge event pattern over the event's fields, as JSON; empty for none
     */
    public static void streamToFunction(IStream stream, Function function, boolean enhancedFanOut,
            String filterPattern) {
        String id = id(stream) + "To" + id(function);
        Settings settings = new Settings(function, id, "mapping");
        Stack stack = Stack.of(function);
        FailureQueue failures = FailureQueue.create(stack, id + "Failures");
        KinesisEventSourceProps props = KinesisEventSourceProps.builder()
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(settings.integer("batchSize", MAPPING.batchSize()))
                .maxBatchingWindow(Duration.seconds(settings.integer("maxBatchingWindowSeconds", MAPPING.maxBatchingWindowSeconds())))
                .bisectBatchOnError(true)
                .reportBatchItemFailures(true)
                .retryAttempts(settings.integer("retryAttempts", MAPPING.retryAttempts()))
                .maxRecordAge(Duration.minutes(settings.integer("maxRecordAgeMinutes", MAPPING.maxRecordAgeMinutes())))
                .parallelizationFactor(settings.integer("parallelizationFactor", MAPPING.parallelizationFactor()))
                .onFailure(failures)
                .filters(filterPattern.isEmpty() ? null
                        : List.of(Map.of("pattern", KinesisFilters.onData(filterPattern))))
                .build();
        IEventSource source = settings.flag("enhancedFanOut", enhancedFanOut)
                ? new KinesisConsumerEventSource(StreamConsumer.Builder.create(stack, id + "Consumer")
                        .stream(stream)
                        .streamConsumerName(id)
                        .build(), props)
                : new KinesisEventSource(stream, props);
        Functions.live(function).addEventSource(source);
        Monitoring.above(stack, id + "IteratorAge", function.metric("IteratorAge", MetricOptions.builder()
                        .statistic(Stats.MAXIMUM).period(Duration.minutes(1)).build()),
                Streams.halfRetention(stream).toMilliseconds().doubleValue(), 5,
                id(function) + " lags half the retention of " + id(stream) + " behind: records are at risk");
        Monitoring.above(stack, id + "FailedBatches", failures.queue().metricApproximateNumberOfMessagesVisible(), 0, 1,
                id(function) + " gave up on records of " + id(stream) + ": see queue " + id + "Failures");
    }

    /** {@code stream --> flink}: read grant; property group {@code group} with the stream ARN. */
    public static void streamToFlink(IStream stream, FlinkApp app, String group) {
        stream.grantRead(app.getRole());
        app.addPropertyGroup(group, Map.of(
                "stream.arn", stream.getStreamArn(),
                "aws.region", Stack.of(stream).getRegion()));
    }

    /** {@code flink --> table}: write grant; property group {@code group} with the table name. */
    public static void flinkToTable(FlinkApp app, ITable table, String group) {
        Tables.grantWrite(table, app.getRole());
        app.addPropertyGroup(group, Map.of(
                "table.name", table.getTableName(),
                "aws.region", Stack.of(table).getRegion()));
    }

    /**
     * {@code function --> search domain}: write grant on one index; the endpoint and the index
     * name in the two environment variables given.
     */
    public static void functionToSearch(
            Function function, IDomain domain, String index, String endpointVariable, String indexVariable) {
        domain.grantIndexWrite(index, function);
        Acknowledgement.SEARCH_INDEX_DOCUMENTS.on(function.getRole(),
                "Resource::<" + Stack.of(domain).getLogicalId(
                        (CfnElement) domain.getNode().getDefaultChild()) + ".Arn>/" + index + "/*");
        function.addEnvironment(endpointVariable, "https://" + domain.getDomainEndpoint());
        function.addEnvironment(indexVariable, index);
    }

    /**
     * {@code stream --> bucket} ("archive"), or {@code stream --> firehose --> bucket}: a Firehose
     * delivery stream with construct id {@code id} between them.
     */
    public static void streamToArchive(IStream stream, IBucket bucket, String id) {
        DeliveryStreams.fromStreamToBucket(Stack.of(bucket), id, stream, bucket);
    }

    /**
     * Function --> queue: the function may send messages to the queue, whose URL it finds in the
     * given variable.
     *
     * @param function      the sender
     * @param queue         a queue of {@link Queues}
     * @param queueVariable the environment variable that holds the queue's URL
     */
    public static void functionToQueue(Function function, IQueue queue, String queueVariable) {
        Queues.grantSend(queue, function);
        function.addEnvironment(queueVariable, queue.getQueueUrl());
    }

    /** {@code function --> table}: write grant; the table name in the environment variable given. */
    public static void functionToTable(Function function, ITable table, String tableVariable) {
        Tables.grantWrite(table, function);
        function.addEnvironment(tableVariable, table.getTableName());
    }

    /**
     * {@code table --> function}: the function looks items up in the table (the sidecar's {@code enrich}):
     * a get-only grant; the table name in the environment variable given.
     */
    public static void tableToFunction(ITable table, Function function, String tableVariable) {
        Tables.grantLookup(table, function);
        function.addEnvironment(tableVariable, table.getTableName());
    }

    private static String id(IConstruct construct) {
        return construct.getNode().getId();
    }
}
