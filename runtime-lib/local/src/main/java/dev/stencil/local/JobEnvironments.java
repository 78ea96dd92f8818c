package dev.stencil.local;

import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.util.TestStreamEnvironment;

/**
 * Where a job's {@code StreamExecutionEnvironment.getExecutionEnvironment} leads on the local
 * cluster: an environment on the MiniCluster with the cluster's job settings (checkpointing as the
 * stack sets it, a restore path when a job restarts) under the job's own configuration. Set per
 * thread, so that jobs run side by side, each with its own settings.
 */
final class JobEnvironments extends TestStreamEnvironment {

    private JobEnvironments(MiniCluster cluster, int parallelism) {
        super(cluster, parallelism);
    }

    /**
     * Makes jobs built on the calling thread run on the cluster with the given settings.
     *
     * @param cluster     the local cluster
     * @param parallelism the jobs' parallelism
     * @param settings    job settings, which a job's own configuration overrides
     */
    static void forThisThread(MiniCluster cluster, int parallelism, Configuration settings) {
        initializeContextEnvironment(jobConfig -> {
            Configuration merged = new Configuration(settings);
            merged.addAll(jobConfig);
            TestStreamEnvironment env = new TestStreamEnvironment(cluster, merged, parallelism, List.of(), List.of());
            env.configure(merged);
            return env;
        });
    }
}
