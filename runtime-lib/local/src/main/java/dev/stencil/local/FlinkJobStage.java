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
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;

/**
 * One Flink job on the local cluster. It reads its streams from their oldest record; once its
 * sources have emitted every record put, it is stopped with a final savepoint and drained
 * ({@code flink stop --drain}): the sources emit the maximum watermark, so every event-time window
 * still open fires and its aggregate reaches the sinks before the job ends. Nothing is cut off by
 * wall-clock time, and nothing depends on more events arriving.
 *
 * <p>For {@link Fault#JOB_RESTART} the job can be {@linkplain #checkpoint checkpointed},
 * cancelled and {@linkplain #restoreFrom restored} from that checkpoint; it then reads again
 * what it had read past the checkpoint, and its windows fire again.
 */
public final class FlinkJobStage implements Stage {

    private final MiniCluster cluster;
    private final int parallelism;
    private final Configuration settings;
    private final Path savepoints;
    private final String name;
    private final LocalFlink.Job job;
    private final AppProperties properties;
    private final List<String> sources;
    private final LongSupplier recordsIn;
    private volatile Throwable failure;
    private volatile boolean cancelling;
    private Thread thread;
    private JobID jobId;
    private long emittedAtCheckpoint;
    private long readAgain;
    private String restart;

    FlinkJobStage(MiniCluster cluster, int parallelism, Configuration settings, Path savepoints, String name,
                  LocalFlink.Job job, AppProperties properties, List<String> sources, LongSupplier recordsIn) {
        this.cluster = cluster;
        this.parallelism = parallelism;
        this.settings = settings;
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
        launch(settings);
    }

    private void launch(Configuration jobSettings) throws Exception {
        JobID previous = jobId;
        thread = new Thread(() -> {
            try {
                JobEnvironments.forThisThread(cluster, parallelism, jobSettings);
                job.run(properties);
            } catch (Throwable e) {
                if (!cancelling) {
                    failure = e;
                }
            }
        }, "flink-" + name);
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        jobId = null;
        while (jobId == null) {
            failIfFailed();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Flink job " + name + " did not start");
            }
            jobId = running().filter(id -> !id.equals(previous)).orElse(null);
            LocalCloud.sleep(100);
        }
    }

    private Optional<JobID> running() throws Exception {
        return cluster.listJobs().get().stream()
                .filter(j -> j.getJobName().equals(name) && j.getJobState() == JobStatus.RUNNING)
                .map(JobStatusMessage::getJobId)
                .findFirst();
    }

    /** The sources' emitted records, every run of the job added up. */
    private long emitted() {
        return sources.stream().mapToLong(source -> SourceCounters.emitted(name, source)).sum();
    }

    @Override
    public long consumed() {
        return emitted() - readAgain;
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

    /**
     * The reconciliation line of records its sources read: every event of its streams exactly
     * once, none of the poison records (its deserializer skips them), and, after a
     * {@linkplain #restoreFrom restore}, only what came after the checkpoint read again.
     *
     * @return the check
     */
    Check recordsRead() {
        return new Check("read", name, recordsIn, () -> {
            SourceCounters.Sent sent = SourceCounters.sent(name);
            return new Check.Measure(consumed(), (readAgain == 0 ? ""
                    : String.format("%,d more read again after the restore; ", readAgain))
                    + String.format("sinks sent %,d items, %,d failed", sent.items(), sent.failed()));
        });
    }

    /**
     * Waits until the job has read every record put so far, then takes a checkpoint (kept when the
     * job is cancelled, as the stack's application keeps its snapshots).
     *
     * @param timeout how long catching up and the checkpoint may take
     * @return the checkpoint's path
     * @throws Exception if the job fails, does not catch up, or the checkpoint fails
     */
    String checkpoint(Duration timeout) throws Exception {
        awaitConsumed(timeout);
        String path = cluster.triggerCheckpoint(jobId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        emittedAtCheckpoint = emitted();
        return path;
    }

    /**
     * Waits until the job has read records past its checkpoint, so that a restore has something to
     * read again, or until {@code atMost} has passed (when no more events come); at once when it had
     * read nothing before its checkpoint (its streams are produced later).
     *
     * @param atMost the longest wait
     */
    void awaitReadingPastCheckpoint(Duration atMost) {
        if (emittedAtCheckpoint == 0) {
            return; // nothing of its streams has come yet: there is nothing it could read again
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        while (emitted() <= emittedAtCheckpoint && System.nanoTime() < deadline) {
            failIfFailed();
            LocalCloud.sleep(100);
        }
    }

    /**
     * Cancels the job, as a failure or an operator would, and starts it again from a checkpoint
     * taken by {@link #checkpoint}: its sources resume at the checkpoint's positions, so what they
     * had emitted past it is read again (and not counted twice by {@link #consumed}), and the
     * windows it had fired since fire again, writing the same items.
     *
     * @param checkpoint the checkpoint's path
     * @param timeout    how long cancelling and starting may take
     * @throws Exception if the job cannot be cancelled or started
     */
    void restoreFrom(String checkpoint, Duration timeout) throws Exception {
        cancelling = true;
        cluster.cancelJob(jobId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        thread.join(timeout.toMillis());
        cancelling = false;
        long pastCheckpoint = emitted() - emittedAtCheckpoint;
        long atCheckpoint = emittedAtCheckpoint - readAgain;
        readAgain += pastCheckpoint;
        Configuration restored = new Configuration(settings);
        restored.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint);
        launch(restored);
        restart = String.format("%s cancelled with %,d records read past its checkpoint at %,d, restored from it",
                name, pastCheckpoint, atCheckpoint);
    }

    /** What the last restart did, for the summary. */
    Optional<String> restart() {
        return Optional.ofNullable(restart);
    }

    @Override
    public void finish(Duration timeout) throws Exception {
        awaitConsumed(timeout);
        cluster.stopWithSavepoint(jobId, savepoints.toUri().toString(), true, SavepointFormatType.CANONICAL)
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        thread.join(timeout.toMillis());
        failIfFailed();
    }

    private void awaitConsumed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumed() < recordsIn.getAsLong()) {
            failIfFailed();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Flink job " + name + " read " + consumed() + " of "
                        + recordsIn.getAsLong() + " records within " + timeout);
            }
            LocalCloud.sleep(100);
        }
    }

    private void failIfFailed() {
        if (failure != null) {
            throw new IllegalStateException("Flink job " + name + " failed", failure);
        }
    }
}
