package dev.stencil.maven;

import dev.stencil.engine.DiagramException;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters and failure reporting every goal that reads a diagram shares. */
abstract class DiagramMojo extends AbstractMojo {

    /**
     * The diagram. Inside a generated project its root POM names the project's copy, so the short goals need
     * no arguments.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.diagram", required = true)
    protected File diagram;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (stencil.skip=true)");
            return;
        }
        run();
    }

    /** Logs the diagram's problems that did not stop the goal. */
    protected void warn(String printedWarnings) {
        if (!printedWarnings.isEmpty()) {
            getLog().warn("\n" + printedWarnings);
        }
    }

    /** The goal's work, when it is not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Logs a bad diagram's diagnostics and fails the build with their count. */
    protected MojoFailureException refused(DiagramException e) {
        getLog().error("\n" + e.getMessage());
        return new MojoFailureException(diagram + " has " + e.diagnostics().stream().filter(d -> d.isError()).count()
                + " error(s); nothing was written. See the diagnostics above.");
    }
}
