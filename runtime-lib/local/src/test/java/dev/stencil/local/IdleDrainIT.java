package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.flink.AppProperties;
import dev.stencil.flink.ClickEvent;
import dev.stencil.flink.ClickEventSchema;
import dev.stencil.flink.DynamoDbSinks;
import dev.stencil.flink.KinesisSources;
import dev.stencil.flink.PageClicks;
import dev.stencil.flink.PageCountItems;
import dev.stencil.local.LocalCloud.Service;
import dev.stencil.runtime.local.LocalServicesConfig;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import dev.stencil.runtime.producer.KinesisProducer;
import dev.stencil.runtime.producer.PartitionKeyStrategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local run drains each Flink job at its end, and Flink drops the final watermark of a source that
 * is idle then (FLINK-40499): every window still open is lost. This pins that behaviour of Flink, with
 * a one-second idleness, beside the same job with the local run's property groups, whose idleness
 * ({@link FlinkProperties#IDLENESS}) outlasts any run. Real local Kinesis and DynamoDB, a real
 * MiniCluster. (The run that found it: ten streams produced one after the other, the first five
 * idle for over a minute when their jobs drained, their tables empty.)
 */
class IdleDrainIT {

    private static final int EVENTS = 50;
    private static final TypeInformation<ClickEvent> CLICKS = TypeInformation.of(ClickEvent.class);

    private static LocalCloud cloud;
    private static LocalFlink flink;

    @BeforeAll
    static void start(@TempDir Path work) throws Exception {
        cloud = LocalCloud.start(LocalServicesConfig.fromSystem(), Set.of(Service.KINESIS, Service.DYNAMODB));
        flink = LocalFlink.start(1, 2, work);
    }

    @AfterAll
    static void stop() throws Exception {
        if (flink != null) {
            flink.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void aSourceIdleAtTheDrainLosesItsOpenWindowsInFlinkItself() throws Exception {
        assertThat(windowsWrittenAfterQuiet("quick", Duration.ofSeconds(1))).isZero();
    }

    /** The control: the same job, the same quiet, with the local run's property groups, writes every window. */
    @Test
    void withTheLocalRunsIdlenessTheSameQuietJobWritesEveryWindow() throws Exception {
        assertThat(windowsWrittenAfterQuiet("local", null)).isEqualTo(distinctPages());
    }

    private static long distinctPages() {
        return clicks().stream().map(dev.stencil.runtime.events.ClickEvent::page).distinct().count();
    }

    private static List<dev.stencil.runtime.events.ClickEvent> clicks() {
        return new ClickstreamGenerator(7, 20, 0.0, 1_767_225_600_000L).next(EVENTS);
    }

    /**
     * Puts clicks into a new stream, all in one window, lets a job read them all, waits three seconds
     * with nothing new (three times the short idleness), drains the job and counts the items its
     * windows wrote.
     *
     * @param idleness the sources' idleness; null for what the local run's property groups say
     */
    private static long windowsWrittenAfterQuiet(String name, Duration idleness) throws Exception {
        String stream = name + "-clicks";
        String table = name + "-counts";
        cloud.stream(stream);
        cloud.table(table, PageCountItems.PARTITION_KEY, PageCountItems.SORT_KEY);
        assertThat(KinesisProducer.<dev.stencil.runtime.events.ClickEvent>builder().client(cloud.kinesis())
                .streamName(stream).partitionKeys(PartitionKeyStrategy.byField(e -> e.userId())).build()
                .put(clicks()).allPut()).isTrue();
        AppProperties properties = new FlinkProperties(cloud).stream("Clicks", stream).table("Counts", table).build();
        FlinkJobStage job = flink.job(name, p -> run(name, p, idleness), properties, List.of("Clicks"), () -> EVENTS);
        job.start();
        job.checkpoint(Duration.ofMinutes(1)); // waits until it has read every click
        LocalCloud.sleep(3_000);
        job.finish(Duration.ofMinutes(2));
        return cloud.dynamoDb().scan(r -> r.tableName(table).consistentRead(true)).count();
    }

    /** The generated jobs' shape: one stream, counts per page per window, one table. */
    private static void run(String name, AppProperties properties, Duration idleness) throws Exception {
        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        Duration quiet = idleness != null ? idleness : PageClicks.idleness(properties, "Clicks");
        PageClicks.countPerPage(env.fromSource(KinesisSources.of(properties.group("Clicks"), new ClickEventSchema()),
                        PageClicks.eventTime(Duration.ofSeconds(5), quiet), "Clicks", CLICKS), Duration.ofMinutes(1))
                .sinkTo(DynamoDbSinks.of(properties.group("Counts"), new PageCountItems(),
                        List.of(PageCountItems.PARTITION_KEY, PageCountItems.SORT_KEY)))
                .name("Counts");
        env.execute(name);
    }
}
