package dev.stencil.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The mojo as Maven configures it from its descriptor and parameters, through the plugin testing
 * harness: it runs the engine, and turns a bad diagram into a build failure.
 */
@MojoTest
class GenerateMojoTest {

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "diagram", value = "../samples/clickstream.puml")
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test/skipped")
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(Path.of("target/mojo-test/skipped")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "diagram", value = "../samples/clickstream.puml")
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test/clickstream")
    @MojoParameter(name = "groupId", value = "org.acme")
    void generatesTheProjectWithTheGivenGroupId(GenerateMojo mojo) throws Exception {
        mojo.execute();

        assertThat(Path.of("target/mojo-test/clickstream/pom.xml")).content().contains("<groupId>org.acme</groupId>");
        assertThat(Path.of("target/mojo-test/clickstream/infra/src/main/java/org/acme/clickstream/infra"
                + "/ClickstreamStack.java")).exists();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "diagram", value = "src/test/resources/diagnostics/unknown-stencil.puml")
    @MojoParameter(name = "outputDirectory", value = "target/mojo-test/refused")
    void aBadDiagramFailsTheBuildAndWritesNothing(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 error(s); nothing was written");
        assertThat(Path.of("target/mojo-test/refused")).doesNotExist();
    }
}
