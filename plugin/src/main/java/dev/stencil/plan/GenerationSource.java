package dev.stencil.plan;

import java.util.Optional;

/**
 * How a project was generated, recorded in its root POM so that the short goals inside the project
 * ({@code mvn stencil:generate}, {@code check}, {@code reverse}, {@code render}) repeat it exactly.
 *
 * @param diagramPath the diagram the project is generated from, relative to the project root, {@code /}-separated
 * @param lenient whether unsupported nodes are skipped instead of refused
 * @param templateDirectory the folder of replacement templates, as the POM should name it
 */
public record GenerationSource(String diagramPath, boolean lenient, Optional<String> templateDirectory) {

    /** Where a diagram from outside the project is copied, relative to the project root. */
    public static final String DIAGRAM_FOLDER = "src/main/stencil";

    /** A diagram copied into the project's conventional folder, read strictly with the shipped templates. */
    public static GenerationSource copied(String diagramFileName) {
        return new GenerationSource(DIAGRAM_FOLDER + "/" + diagramFileName, false, Optional.empty());
    }
}
