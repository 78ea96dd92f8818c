package dev.stencil.maven;

import dev.stencil.engine.DiagramException;
import dev.stencil.engine.NotGeneratedException;
import dev.stencil.engine.ReverseResult;
import dev.stencil.engine.Stencil;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the diagram and the generated project's code disagree, listing every
 * difference; passes when they agree. Writes nothing: fit for CI. A generated project runs it in
 * its {@code verify} phase.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, aggregator = true,
        threadSafe = true)
public final class CheckMojo extends ProjectMojo {

    /**
     * Skip this check only (for example in a build that runs it elsewhere).
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.check.skip", defaultValue = "false")
    private boolean checkSkip;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (checkSkip) {
            getLog().info("Skipping the diagram check (stencil.check.skip=true)");
            return;
        }
        try {
            ReverseResult result = new Stencil().reverse(diagram.toPath(), outputDirectory.toPath(), false);
            warn(result.warnings());
            if (!result.difference().isEmpty()) {
                getLog().error("\n" + diagram + " and " + outputDirectory + " disagree:\n"
                        + result.difference().describe()
                        + "Run stencil:reverse to take the code's version into the diagram, or stencil:generate"
                        + " to take the diagram's version into the code.");
                throw new MojoFailureException("diagram and code disagree; see the differences above");
            }
            getLog().info(diagram + " agrees with " + outputDirectory);
        } catch (DiagramException e) {
            throw refused(e);
        } catch (NotGeneratedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot check " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
