package dev.stencil.maven;

import dev.stencil.draw.Drawing;
import dev.stencil.engine.DiagramException;
import dev.stencil.engine.Stencil;
import dev.stencil.naming.Naming;
import dev.stencil.output.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws the diagram with the real AWS icons (the {@code awslib20} library bundled in PlantUML), as
 * SVG or PNG, for docs and reviews. Offline; nodes Stencil cannot build are drawn as labelled boxes.
 *
 * @since 0.1.0
 */
@Mojo(name = "render", requiresProject = false, aggregator = true, threadSafe = true)
public final class RenderMojo extends DiagramMojo {

    /**
     * {@code svg} or {@code png}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.format", defaultValue = "svg")
    private String format;

    /**
     * The image file; by default the diagram's name with the format's extension, in the build folder
     * ({@code target/}), so that rendering leaves the sources alone. Name a file beside the diagram to keep
     * the image with it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.image")
    private File image;

    /**
     * The build folder, where the image goes by default.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Drawing.Format chosen;
        try {
            chosen = Drawing.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("stencil.format must be svg or png, not " + format);
        }
        File target = image != null ? image
                : new File(buildFolder(), Naming.diagramImage(diagram.getName(), chosen.extension()));
        try {
            AtomicFiles.write(target.toPath(), new Stencil().draw(diagram.toPath(), chosen));
            getLog().info("Drew " + diagram + " into " + target);
        } catch (DiagramException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot draw " + diagram + ": " + e.getMessage(), e);
        }
    }

    /**
     * The build folder; outside a project (Maven's stand-in POM leaves {@code ${project.basedir}}
     * unresolved in it), {@code target/} of the folder Maven runs in.
     */
    private File buildFolder() {
        return buildDirectory == null || buildDirectory.getPath().contains("${") ? new File("target") : buildDirectory;
    }
}
