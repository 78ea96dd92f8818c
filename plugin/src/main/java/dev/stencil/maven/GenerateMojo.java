package dev.stencil.maven;

import dev.stencil.engine.DiagramException;
import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.GenerateResult;
import dev.stencil.engine.Stencil;
import dev.stencil.output.Action;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.FileChange;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a multi-module Maven project (CDK infrastructure, Lambda functions, Flink jobs) from a
 * PlantUML diagram of AWS stencils. Works outside a Maven project, like {@code archetype:generate}.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", requiresProject = false, aggregator = true, threadSafe = true)
public final class GenerateMojo extends ProjectMojo {

    /**
     * The generated Java package; by default the groupId followed by the diagram's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.package")
    private String basePackage;

    /**
     * The generated project's Maven groupId.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.groupId", defaultValue = "com.example")
    private String groupId;

    /**
     * A folder of FreeMarker templates that replace shipped templates of the same relative path.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.templateDirectory")
    private File templateDirectory;

    /**
     * Overwrite generated files that were edited by hand. Their edits are lost.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.force", defaultValue = "false")
    private boolean force;

    /**
     * Print what would change; write nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Skip nodes of known but unsupported services, with a warning, instead of failing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "stencil.lenient", defaultValue = "false")
    private boolean lenient;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        GenerateRequest request = new GenerateRequest(diagram.toPath(), outputDirectory.toPath(), groupId,
                Optional.ofNullable(basePackage).filter(p -> !p.isBlank()),
                Optional.ofNullable(templateDirectory).map(File::toPath), force, dryRun, lenient);
        try {
            report(new Stencil().generate(request));
        } catch (DiagramException e) {
            throw refused(e);
        } catch (EditedFilesException e) {
            getLog().error("\n" + e.getMessage());
            throw new MojoFailureException(e.paths().size() + " generated file(s) were edited by hand; nothing was"
                    + " written. See above what regenerating would drop, or rerun with -Dstencil.force=true.");
        } catch (IOException e) {
            throw new MojoExecutionException("cannot generate from " + diagram + ": " + e.getMessage(), e);
        }
    }

    private void report(GenerateResult result) {
        if (!result.warnings().isEmpty()) {
            getLog().warn("\n" + result.warnings());
        }
        for (FileChange change : result.report().changes()) {
            if (change.action() != Action.UNCHANGED) {
                getLog().info(String.format("  %-9s %s", change.action().name().toLowerCase(Locale.ROOT), change.path()));
                if (dryRun) {
                    change.diff().forEach(line -> getLog().info("              " + line));
                }
            }
        }
        getLog().info((dryRun ? "Dry run, nothing written: " : "") + result.report().summary() + " in "
                + outputDirectory);
    }
}
