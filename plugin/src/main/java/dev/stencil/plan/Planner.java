package dev.stencil.plan;

import dev.stencil.model.Architecture;
import java.util.ArrayList;
import java.util.List;

/** Decides every file of the generated project and the view model that feeds its template. */
public final class Planner {

    private final ProjectSettings settings;

    public Planner(ProjectSettings settings) {
        this.settings = settings;
    }

    public GenerationPlan plan(Architecture architecture) {
        Naming naming = new Naming(architecture, settings.basePackage());
        List<PlannedFile> files = new ArrayList<>();
        return new GenerationPlan(naming.projectName(), files);
    }
}
