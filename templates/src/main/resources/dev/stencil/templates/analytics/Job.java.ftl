<#-- Feeds: JobView. -->
package [=view.packageName];

import dev.stencil.flink.AppProperties;
import dev.stencil.flink.ClickEvent;
import dev.stencil.flink.ClickEventSchema;
import dev.stencil.flink.DynamoDbSinks;
import dev.stencil.flink.KinesisSources;
import dev.stencil.flink.PageClicks;
import dev.stencil.flink.PageCount;
import dev.stencil.flink.PageCountItems;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Flink job of diagram node {@code [=view.alias]} ([=view.label]): reads click events from
 * {@code [=view.firstStream]}<#list view.otherStreams as s>, {@code [=s]}</#list>, counts clicks per page per window and
 * writes the counts to <#list view.tables as t>{@code [=t]}<#sep>, </#sep></#list>.
 *
 * <p>Property groups (see {@link AppProperties}): one per stream ({@code stream.arn},
 * {@code aws.region}, the optional {@code watermark.idleness}, default {@code 1 min}), one per table ({@code table.name}, {@code aws.region}), and the optional
 * {@code [=view.group]} ({@code window.size}, default {@code [=view.windowMinutes?c] min};
 * {@code watermark.max-out-of-orderness}, default {@code 5 s}).
 */
public final class [=view.jobType] {

    /** The sources' type, given explicitly: the Kinesis source does not declare it. */
    private static final TypeInformation<ClickEvent> CLICKS = TypeInformation.of(ClickEvent.class);

    private [=view.jobType]() {
    }

    /**
     * Builds and runs the job.
     *
     * @param properties the application's property groups
     * @throws Exception if the job cannot be built or fails
     */
    public static void run(AppProperties properties) throws Exception {
        Duration window = properties.duration("[=view.group]", "window.size", Duration.ofMinutes([=view.windowMinutes?c]));
        Duration maxOutOfOrderness =
                properties.duration("[=view.group]", "watermark.max-out-of-orderness", Duration.ofSeconds(5));

        Configuration config = new Configuration();
        config.set(PipelineOptions.GENERIC_TYPES, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);

        DataStream<ClickEvent> clicks = env.fromSource(
                KinesisSources.of(properties.group("[=view.firstStream]"), new ClickEventSchema()),
                PageClicks.eventTime(maxOutOfOrderness, PageClicks.idleness(properties, "[=view.firstStream]")),
                "[=view.firstStream]", CLICKS)<#list view.otherStreams as s>
                .union(env.fromSource(
                        KinesisSources.of(properties.group("[=s]"), new ClickEventSchema()),
                        PageClicks.eventTime(maxOutOfOrderness, PageClicks.idleness(properties, "[=s]")), "[=s]", CLICKS))</#list>;
        DataStream<PageCount> counts = PageClicks.countPerPage(clicks, window);
<#list view.tables as t>
        counts.sinkTo(DynamoDbSinks.of(properties.group("[=t]"), new PageCountItems(),
                        List.of(PageCountItems.PARTITION_KEY, PageCountItems.SORT_KEY)))
                .name("[=t]");
</#list>
        env.execute("[=view.alias]");
    }
}
