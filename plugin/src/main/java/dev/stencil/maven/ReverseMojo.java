package dev.stencil.maven;

import dev.stencil.engine.DiagramException;
import dev.stencil.engine.NotGeneratedException;
import dev.stencil.engine.ReverseResult;
import dev.stencil.engine.Stencil;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes what the generated project's CDK code builds back into the diagram: nodes and arrows
 * added in the code appear, removed ones disappear; every other line of the diagram stays as it was.
 *
 * @since 0.1.0
 */
@Mojo(name = "reverse", requiresProject = false, aggregator = true, threadSafe = true)
public final class ReverseMojo extends ProjectMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try {
            ReverseResult result = new Stencil().reverse(diagram.toPath(), outputDirectory.toPath(), true);
            warn(result.warnings());
            if (result.difference().isEmpty()) {
                getLog().info(diagram + " already agrees with " + outputDirectory);
            } else {
                getLog().info("Updated " + diagram + " from the code:\n" + result.difference().describe());
            }
        } catch (DiagramException e) {
            throw refused(e);
        } catch (NotGeneratedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot reverse " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
