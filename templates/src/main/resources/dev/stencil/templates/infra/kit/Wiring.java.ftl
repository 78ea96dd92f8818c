<#-- Feeds: KitView. The same for every diagram: the construct kit the stack calls. -->
package [=view.basePackage].infra.kit;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.Stats;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.kinesis.IStream;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSource;
import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.opensearchservice.IDomain;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.IConstruct;

/**
 * One method per supported kind of diagram arrow. Each grants the source exactly what the
 * arrow needs on the target and tells the source where the target is: environment variables for
 * functions, runtime property groups for Flink applications, both named by the generated stack.
 * Constructs an arrow adds are named {@code <Source>To<Target>...}.
 */
public final class Wiring {

    private Wiring() {
    }

    /** {@code producer ..> stream}: the producer may put records (PutRecord, PutRecords). */
    public static void producerToStream(IGrantable producer, IStream stream) {
        stream.grantWrite(producer);
    }

    /**
     * {@code stream --> function}: an event source mapping with partial batch responses,
     * bisection on error, bounded retries and record age, failed batches described in an
     * encrypted queue; alarms on consumer lag and on failed batches.
     */
    public static void streamToFunction(IStream stream, Function function) {
        String id = id(stream) + "To" + id(function);
        Queue failures = Queue.Builder.create(Stack.of(function), id + "Failures")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        function.addEventSource(new KinesisEventSource(stream, KinesisEventSourceProps.builder()
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize([=view.batchSize])
                .maxBatchingWindow(Duration.seconds([=view.batchingWindowSeconds]))
                .bisectBatchOnError(true)
                .reportBatchItemFailures(true)
                .retryAttempts([=view.retryAttempts])
                .maxRecordAge(Duration.hours([=view.maxRecordAgeHours]))
                .onFailure(new SqsDlq(failures))
                .build()));
        function.metric("IteratorAge", MetricOptions.builder()
                        .statistic(Stats.MAXIMUM)
                        .period(Duration.minutes(1))
                        .build())
                .createAlarm(Stack.of(function), id + "IteratorAge", CreateAlarmOptions.builder()
                        .alarmDescription(id(function) + " lags more than a minute behind " + id(stream))
                        .threshold(60_000)
                        .evaluationPeriods(5)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .build());
        failures.metricApproximateNumberOfMessagesVisible()
                .createAlarm(Stack.of(function), id + "FailedBatches", CreateAlarmOptions.builder()
                        .alarmDescription(id(function) + " gave up on records of " + id(stream))
                        .threshold(0)
                        .evaluationPeriods(1)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                        .treatMissingData(TreatMissingData.NOT_BREACHING)
                        .build());
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
        table.grantWriteData(app.getRole());
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

    /** {@code function --> table}: write grant; the table name in the environment variable given. */
    public static void functionToTable(Function function, ITable table, String tableVariable) {
        table.grantWriteData(function);
        function.addEnvironment(tableVariable, table.getTableName());
    }

    private static String id(IConstruct construct) {
        return construct.getNode().getId();
    }
}
