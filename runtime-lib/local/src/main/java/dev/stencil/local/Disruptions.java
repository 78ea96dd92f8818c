package dev.stencil.local;

import dev.stencil.local.LocalCloud.Service;
import dev.stencil.runtime.local.RestartableService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The faults of a run that come and go ({@link Fault#SEARCH_OUTAGE}, {@link Fault#THROTTLE},
 * {@link Fault#JOB_RESTART}, {@link Fault#TABLE_OUTAGE}), planned on what the diagram has.
 *
 * @param inOrder       the faults to inject, in the order they begin
 * @param notApplicable for the summary, the faults asked for that the diagram gives nothing to break
 */
record Disruptions(List<Disruption> inOrder, List<String> notApplicable) {

    /** How long a server stays stopped before it is started again (starting takes its own time on top). */
    static final Duration OUTAGE = Duration.ofSeconds(3);

    /** How long sink calls are throttled. */
    static final Duration THROTTLING = Duration.ofSeconds(5);

    /**
     * How long a Flink job reads on past its checkpoint before it is cancelled: at least the first,
     * and then until it has read something past it, at most the second.
     */
    static final Duration PAST_CHECKPOINT = Duration.ofSeconds(3);
    static final Duration PAST_CHECKPOINT_AT_MOST = Duration.ofSeconds(30);

    /**
     * Puts throttling proxies in front of the sinks' services. Must run before any function's
     * environment or job's property groups are made, so that they call the proxies.
     *
     * @param cloud the local services
     * @return the proxies, named by service
     */
    static Map<String, ThrottlingProxy> proxies(LocalCloud cloud) {
        Map<String, ThrottlingProxy> proxies = new LinkedHashMap<>();
        if (cloud.has(Service.DYNAMODB)) {
            proxies.put("DynamoDB", cloud.throttleable(Service.DYNAMODB, ThrottlingProxy.Refusal.DYNAMODB));
        }
        if (cloud.has(Service.OPENSEARCH)) {
            proxies.put("OpenSearch", cloud.throttleable(Service.OPENSEARCH, ThrottlingProxy.Refusal.OPENSEARCH));
        }
        return proxies;
    }

    /**
     * Plans the faults asked for.
     *
     * @param faults  the faults asked for
     * @param cloud   the local services, with {@link #proxies} in place if throttling is asked for
     * @param jobs    the run's Flink jobs
     * @param timeout how long a job may take to catch up, checkpoint, stop or start
     * @return the plan
     */
    static Disruptions plan(Set<Fault> faults, LocalCloud cloud, List<FlinkJobStage> jobs, Duration timeout) {
        List<Disruption> planned = new ArrayList<>();
        List<String> notApplicable = new ArrayList<>();
        if (faults.contains(Fault.SEARCH_OUTAGE)) {
            outage(Fault.SEARCH_OUTAGE, 0.3, cloud.restartable(Service.OPENSEARCH), "OpenSearch server")
                    .ifPresentOrElse(planned::add, () -> notApplicable.add(
                            "search-outage not injected: the diagram has no search domain"));
        }
        if (faults.contains(Fault.THROTTLE)) {
            throttle(proxies(cloud)).ifPresentOrElse(planned::add, () -> notApplicable.add(
                    "throttle not injected: the diagram has no table and no search domain"));
        }
        if (faults.contains(Fault.JOB_RESTART)) {
            if (jobs.isEmpty()) {
                notApplicable.add("job-restart not injected: the diagram has no Flink application");
            } else {
                planned.add(restart(jobs, timeout));
            }
        }
        if (faults.contains(Fault.TABLE_OUTAGE)) {
            outage(Fault.TABLE_OUTAGE, 0.8, cloud.restartable(Service.DYNAMODB), "DynamoDB server")
                    .ifPresentOrElse(planned::add, () -> notApplicable.add(
                            "table-outage not injected: the diagram has no table"));
        }
        return new Disruptions(Disruption.inOrder(planned), List.copyOf(notApplicable));
    }

    private static Optional<Disruption> outage(Fault fault, double at, Optional<RestartableService> service,
                                               String what) {
        return service.map(s -> new Disruption(fault, at, OUTAGE, s::stop, s::restart,
                () -> "the " + what + " stopped and started again on its data", "unavailable"));
    }

    private static Optional<Disruption> throttle(Map<String, ThrottlingProxy> proxies) {
        if (proxies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Disruption(Fault.THROTTLE, 0.5, THROTTLING,
                () -> proxies.values().forEach(p -> p.throttle(true)),
                () -> proxies.values().forEach(p -> p.throttle(false)),
                () -> String.format("%,d calls to %s refused with throttling errors",
                        proxies.values().stream().mapToLong(ThrottlingProxy::refused).sum(),
                        String.join(" and ", proxies.keySet())), "throttled"));
    }

    private static Disruption restart(List<FlinkJobStage> jobs, Duration timeout) {
        Map<FlinkJobStage, String> checkpoints = new LinkedHashMap<>();
        return new Disruption(Fault.JOB_RESTART, 0.6, PAST_CHECKPOINT,
                () -> jobs.forEach(job -> checkpoints.put(job, unchecked(() -> job.checkpoint(timeout)))),
                () -> checkpoints.forEach((job, path) -> unchecked(() -> {
                    job.awaitReadingPastCheckpoint(PAST_CHECKPOINT_AT_MOST);
                    job.restoreFrom(path, timeout);
                    return path;
                })),
                () -> String.join("; ", jobs.stream().flatMap(job -> job.restart().stream()).toList()),
                "restarting");
    }

    /** What a job does that may fail. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T unchecked(Step<T> step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
