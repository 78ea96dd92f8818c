package dev.stencil.local;

import dev.stencil.flink.AppProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.util.TestStreamEnvironment;

/**
 * An embedded Flink cluster (a MiniCluster) that the generated jobs run on unchanged: while it
 * is up, {@code StreamExecutionEnvironment.getExecutionEnvironment} inside a job's {@code run}
 * submits to it, checkpointing every minute as the stack's application does, its checkpoints
 * kept on cancellation (see {@link JobEnvironments}). Its metrics go to {@link SourceCounters}.
 */
public final class LocalFlink implements AutoCloseable {

    /** What a job's entry point looks like: {@code XxxJob::run}. */
    @FunctionalInterface
    public interface Job {
        /**
         * Builds and runs the job until it ends.
         *
         * @param properties its property groups
         * @throws Exception if it fails
         */
        void run(AppProperties properties) throws Exception;
    }

    /** How often a job checkpoints: the stack's {@code checkpointIntervalMillis} default. */
    static final Duration CHECKPOINT_INTERVAL = Duration.ofMinutes(1);

    /** How many completed checkpoints a job keeps. */
    static final int RETAINED_CHECKPOINTS = 5;

    private final MiniCluster cluster;
    private final int parallelism;
    private final Path workDir;

    private LocalFlink(MiniCluster cluster, int parallelism, Path workDir) {
        this.cluster = cluster;
        this.parallelism = parallelism;
        this.workDir = workDir;
    }

    /**
     * Starts a cluster with enough slots for the jobs.
     *
     * @param parallelism each job's parallelism
     * @param jobs        how many jobs will run at once
     * @param workDir     where savepoints go
     * @return the running cluster
     * @throws Exception if it cannot start
     */
    public static LocalFlink start(int parallelism, int jobs, Path workDir) throws Exception {
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_PORT, "0");
        config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        // The job-restart fault restores from the checkpoint it triggered; a periodic one taken while
        // the job reads on past it must not subsume (delete) it first. The job manager reads this
        // from the cluster's configuration, not the job's.
        config.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, RETAINED_CHECKPOINTS);
        config.setString("metrics.reporter.stencil.factory.class", SourceCounters.Factory.class.getName());
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(config)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(parallelism * jobs)
                .build());
        cluster.start();
        TestStreamEnvironment.setAsContext(cluster, parallelism);
        return new LocalFlink(cluster, parallelism, workDir);
    }

    /**
     * A job as a stage of the local run.
     *
     * @param name       the job's name, as its {@code env.execute} gives it
     * @param job        its entry point
     * @param properties its property groups
     * @param sources    the property groups of the streams it reads, which name its sources
     * @param recordsIn  how many records its sources will have read once every event is in
     * @return the stage
     */
    public FlinkJobStage job(String name, Job job, AppProperties properties, List<String> sources,
                             LongSupplier recordsIn) {
        Configuration settings = new Configuration();
        settings.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, CHECKPOINT_INTERVAL);
        settings.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, workDir.resolve("checkpoints").toUri().toString());
        return new FlinkJobStage(cluster, parallelism, settings, workDir.resolve("savepoints"), name, job, properties,
                sources, recordsIn);
    }

    @Override
    public void close() throws Exception {
        TestStreamEnvironment.unsetAsContext();
        cluster.close();
    }
}
