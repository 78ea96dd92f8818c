package dev.stencil.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The job's logic, free of sources and sinks: clicks per page per tumbling event-time window.
 *
 * <p>Event time is {@link ClickEvent#timestamp()}. Events that arrive after the watermark has
 * passed the end of their window are dropped (Flink's {@code numLateRecordsDropped} metric).
 */
public final class PageClicks {

    /** How long a shard may be quiet before it stops holding back the watermark, unless a stream's group says otherwise. */
    public static final Duration IDLENESS = Duration.ofMinutes(1);

    /** The stream group's property that overrides {@link #IDLENESS}. */
    public static final String IDLENESS_PROPERTY = "watermark.idleness";

    private PageClicks() {
    }

    /**
     * Watermarks that trail the highest event time seen by {@code maxOutOfOrderness}, and that
     * move on when a shard has been quiet for {@link #IDLENESS}.
     *
     * @param maxOutOfOrderness how late an event may arrive and still count
     * @return the strategy
     */
    public static WatermarkStrategy<ClickEvent> watermarks(Duration maxOutOfOrderness) {
        return watermarks(maxOutOfOrderness, IDLENESS);
    }

    /**
     * Watermarks that trail the highest event time seen by {@code maxOutOfOrderness}, and that
     * move on when a shard has been quiet for {@code idleness}.
     *
     * <p>A job stopped with {@code --drain} while a source is idle loses the windows still open:
     * the final watermark is dropped behind the idle status (FLINK-40499, open in Flink 2.2). A
     * run that drains at its end sets an idleness longer than the run.
     *
     * @param maxOutOfOrderness how late an event may arrive and still count
     * @param idleness how long a shard may be quiet before the watermark moves on without it
     * @return the strategy
     */
    public static WatermarkStrategy<ClickEvent> watermarks(Duration maxOutOfOrderness, Duration idleness) {
        return WatermarkStrategy.<ClickEvent>forBoundedOutOfOrderness(maxOutOfOrderness).withIdleness(idleness);
    }

    /**
     * Event time and watermarks for a source: {@link #watermarks} with the click's timestamp.
     * Given to {@code env.fromSource}, the watermark follows each shard on its own (Flink tracks
     * watermarks per split) and a reader's watermark is the lowest of its shards', so a reader
     * that reads one shard ahead of another does not make the other shard's events late.
     *
     * @param maxOutOfOrderness how late an event may arrive within its shard and still count
     * @return the strategy
     */
    public static WatermarkStrategy<ClickEvent> eventTime(Duration maxOutOfOrderness) {
        return eventTime(maxOutOfOrderness, IDLENESS);
    }

    /**
     * {@link #eventTime(Duration)} with the given idleness (see {@link #watermarks(Duration, Duration)}).
     *
     * @param maxOutOfOrderness how late an event may arrive within its shard and still count
     * @param idleness how long a shard may be quiet before the watermark moves on without it
     * @return the strategy
     */
    public static WatermarkStrategy<ClickEvent> eventTime(Duration maxOutOfOrderness, Duration idleness) {
        return watermarks(maxOutOfOrderness, idleness).withTimestampAssigner((event, previous) -> event.timestamp());
    }

    /**
     * How long a shard of a stream may be quiet before the watermark moves on without it: the
     * stream group's {@value #IDLENESS_PROPERTY}, else {@link #IDLENESS}.
     *
     * @param properties the application's property groups
     * @param stream the stream's group
     * @return the idleness
     */
    public static Duration idleness(AppProperties properties, String stream) {
        return properties.duration(stream, IDLENESS_PROPERTY, IDLENESS);
    }

    /**
     * Counts clicks per page per window.
     *
     * @param events     click events, without timestamps
     * @param watermarks how watermarks follow event time, e.g. bounded out-of-orderness
     * @param window     size of the tumbling windows
     * @return one count per page and window that had at least one click
     */
    public static DataStream<PageCount> countPerPage(
            DataStream<ClickEvent> events, WatermarkStrategy<ClickEvent> watermarks, Duration window) {
        return countPerPage(events.assignTimestampsAndWatermarks(
                watermarks.withTimestampAssigner((event, previous) -> event.timestamp())), window);
    }

    /**
     * Counts clicks per page per window of events that already carry timestamps and watermarks
     * (from their source, see {@link #eventTime}).
     *
     * @param events click events with event time
     * @param window size of the tumbling windows
     * @return one count per page and window that had at least one click
     */
    public static DataStream<PageCount> countPerPage(DataStream<ClickEvent> events, Duration window) {
        return events
                .keyBy(ClickEvent::page)
                .window(TumblingEventTimeWindows.of(window))
                .aggregate(new CountClicks(), new ToPageCount())
                .name("clicks per page");
    }

    /** Counts the events of one key and window. */
    static final class CountClicks implements AggregateFunction<ClickEvent, Long, Long> {

        private static final long serialVersionUID = 1L;

        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(ClickEvent event, Long count) {
            return count + 1;
        }

        @Override
        public Long getResult(Long count) {
            return count;
        }

        @Override
        public Long merge(Long left, Long right) {
            return left + right;
        }
    }

    /** Attaches the page and window bounds to a count. */
    static final class ToPageCount extends ProcessWindowFunction<Long, PageCount, String, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(String page, Context context, Iterable<Long> counts, Collector<PageCount> out) {
            TimeWindow window = context.window();
            out.collect(new PageCount(page, window.getStart(), window.getEnd(), counts.iterator().next()));
        }
    }
}
