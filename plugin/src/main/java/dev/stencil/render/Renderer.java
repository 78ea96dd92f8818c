package dev.stencil.render;

import dev.stencil.plan.Ownership;
import dev.stencil.plan.GenerationPlan;
import dev.stencil.plan.PlannedFile;

/** Renders a plan into an in-memory {@link FileSet}; writes nothing. */
public final class Renderer {

    private final TemplateEngine engine;
    private final String source;

    /**
     * @param engine the template engine
     * @param source the diagram's file name, named in every generated file's header
     */
    public Renderer(TemplateEngine engine, String source) {
        this.engine = engine;
        this.source = source;
    }

    public FileSet render(GenerationPlan plan) {
        FileSet files = new FileSet();
        for (PlannedFile planned : plan.files()) {
            String text = Headers.normalize(engine.render(planned.template(), planned.view()));
            if (planned.ownership() == Ownership.GENERATED) {
                text = Headers.mark(planned.path(), text, source);
            }
            files.add(new GeneratedFile(planned.path(), text, planned.ownership()));
        }
        return files;
    }
}
