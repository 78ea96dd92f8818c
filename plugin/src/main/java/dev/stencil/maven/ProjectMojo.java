package dev.stencil.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal that pairs a diagram with a generated project shares. */
abstract class ProjectMojo extends DiagramMojo {

    /**
     * The generated project's root folder. Inside a generated project its root POM sets it to the project itself.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.outputDirectory", defaultValue = "${user.dir}/generated")
    protected File outputDirectory;
}
