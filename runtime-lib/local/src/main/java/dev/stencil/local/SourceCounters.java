package dev.stencil.local;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A metric reporter of the local Flink cluster that keeps, live, the counters a local run
 * watches: records each source has emitted, and records the windows dropped as late. The jobs
 * are not changed for it: Flink registers these counters for every job.
 */
public final class SourceCounters implements MetricReporter {

    private static final String OPERATOR = "<operator_name>";
    private static final String JOB = "<job_name>";
    private static final Map<String, List<Counter>> EMITTED = new ConcurrentHashMap<>();
    private static final Map<String, List<Counter>> LATE = new ConcurrentHashMap<>();
    private static final Map<String, List<Counter>> SENT = new ConcurrentHashMap<>();
    private static final Map<String, List<Counter>> SEND_ERRORS = new ConcurrentHashMap<>();

    /**
     * Records emitted so far by the sources of a job reading the given stream.
     *
     * @param job    the job's name
     * @param source the source's name, the stream's property group
     * @return the sum over the source's parallel instances
     */
    public static long emitted(String job, String source) {
        return sum(EMITTED.get(job + "/" + source));
    }

    /**
     * Records a job's windows dropped because they came after the watermark.
     *
     * @param job the job's name
     * @return the sum over all window operators
     */
    public static long late(String job) {
        return sum(LATE.get(job));
    }

    /**
     * What a job's sinks have sent, every run of the job added up.
     *
     * @param items  records sent, summed over the sinks' writers
     * @param failed sends that failed
     */
    public record Sent(long items, long failed) {}

    /**
     * What a job's sinks have sent.
     *
     * @param job the job's name
     * @return the sums over its sinks' writers
     */
    public static Sent sent(String job) {
        return new Sent(sum(SENT.get(job)), sum(SEND_ERRORS.get(job)));
    }

    private static long sum(List<Counter> counters) {
        return counters == null ? 0 : counters.stream().mapToLong(Counter::getCount).sum();
    }

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        if (!(metric instanceof Counter counter)) {
            return;
        }
        Map<String, String> variables = group.getAllVariables();
        String job = variables.get(JOB);
        String operator = variables.get(OPERATOR);
        if (job == null || operator == null) {
            return;
        }
        if (name.equals("numRecordsOut") && operator.startsWith("Source: ")) {
            EMITTED.computeIfAbsent(job + "/" + operator.substring("Source: ".length()),
                    key -> new CopyOnWriteArrayList<>()).add(counter);
        } else if (name.equals("numLateRecordsDropped")) {
            LATE.computeIfAbsent(job, key -> new CopyOnWriteArrayList<>()).add(counter);
        } else if (name.equals("numRecordsSend")) {
            SENT.computeIfAbsent(job, key -> new CopyOnWriteArrayList<>()).add(counter);
        } else if (name.equals("numRecordsSendErrors")) {
            SEND_ERRORS.computeIfAbsent(job, key -> new CopyOnWriteArrayList<>()).add(counter);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        // Counters stay readable after their task ends: the summary reads them last.
    }

    @Override
    public void open(MetricConfig config) {
    }

    @Override
    public void close() {
    }

    /** Creates the reporter; named by {@code metrics.reporter.<name>.factory.class}. */
    public static final class Factory implements MetricReporterFactory {

        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new SourceCounters();
        }
    }
}
