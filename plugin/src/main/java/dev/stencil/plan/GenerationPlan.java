package dev.stencil.plan;

import java.util.List;

/**
 * Everything to generate for one architecture, with every name already decided.
 *
 * @param projectName the generated project's artifactId
 * @param files the files, in the order they were planned
 */
public record GenerationPlan(String projectName, List<PlannedFile> files) {

    public GenerationPlan {
        files = List.copyOf(files);
    }
}
