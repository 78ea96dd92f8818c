package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the analytics entry point that picks a job by name.
 *
 * @param basePackage the base package
 * @param jobs the jobs of the diagram
 */
public record AnalyticsView(String basePackage, List<JobView> jobs) {

    public AnalyticsView {
        jobs = List.copyOf(jobs);
    }
}
