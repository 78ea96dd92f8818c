package dev.stencil.local;

import dev.stencil.flink.AppProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;

/**
 * One Flink job on the local cluster. It reads its streams from their oldest record; once its
 * sources have emitted every record put, it is stopped with a final savepoint and drained
 * ({@code flink stop --drain}): the sources emit the maximum watermark, so every event-time window
 * still open fires and its aggregate reaches the sinks before the job ends. Nothing is cut off by
 * wall-clock time, and nothing depends on more events arriving.
 */
public final class FlinkJobStage implements Stage {

    private final MiniCluster cluster;
    private final Path savepoints;
    private final String name;
    private final LocalFlink.Job job;
    private final AppProperties properties;
    private final List<String> sources;
    private final LongSupplier recordsIn;
    private volatile Throwable failure;
    private Thread thread;
    private JobID jobId;

    FlinkJobStage(MiniCluster cluster, Path savepoints, String name, LocalFlink.Job job, AppProperties properties,
                  List<String> sources, LongSupplier recordsIn) {
        this.cluster = cluster;
        this.savepoints = savepoints;
        this.name = name;
        this.job = job;
        this.properties = properties;
        this.sources = List.copyOf(sources);
        this.recordsIn = recordsIn;
    }

    @Override
    public String name() {
        return name + " <- " + String.join(", ", sources);
    }

    @Override
    public void start() throws Exception {
        thread = new Thread(() -> {
            try {
                job.run(properties);
            } catch (Throwable e) {
                failure = e;
            }
        }, "flink-" + name);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jobId == null) {
            failIfFailed();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Flink job " + name + " did not start");
            }
            jobId = running().orElse(null);
            LocalCloud.sleep(100);
        }
    }

    private Optional<JobID> running() throws Exception {
        return cluster.listJobs().get().stream()
                .filter(j -> j.getJobName().equals(name) && j.getJobState() == JobStatus.RUNNING)
                .map(JobStatusMessage::getJobId)
                .findFirst();
    }

    @Override
    public long consumed() {
        return sources.stream().mapToLong(source -> SourceCounters.emitted(name, source)).sum();
    }

    /**
     * The reconciliation line of events its windows dropped as late (behind the watermark), which
     * must stay zero: the watermark follows each shard, and within a shard events arrive in order.
     *
     * @return the check
     */
    public Check lateRecords() {
        return Check.of("late", name, () -> 0, () -> SourceCounters.late(name));
    }

    @Override
    public void finish(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumed() < recordsIn.getAsLong()) {
            failIfFailed();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Flink job " + name + " read " + consumed() + " of "
                        + recordsIn.getAsLong() + " records within " + timeout);
            }
            LocalCloud.sleep(100);
        }
        cluster.stopWithSavepoint(jobId, savepoints.toUri().toString(), true, SavepointFormatType.CANONICAL)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        thread.join(timeout.toMillis());
        failIfFailed();
    }

    private void failIfFailed() {
        if (failure != null) {
            throw new IllegalStateException("Flink job " + name + " failed", failure);
        }
    }
}
