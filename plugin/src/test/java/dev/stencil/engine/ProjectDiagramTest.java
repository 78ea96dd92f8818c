package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.output.Action;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.FileChange;
import dev.stencil.output.WriteReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated project keeps its diagram, and the goals run on that copy from inside the project. */
class ProjectDiagramTest {

    private static final Path SAMPLE = Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml");
    private static final String COPY = "src/main/stencil/clickstream.puml";

    @TempDir
    Path out;

    @Test
    void generatingCopiesTheDiagramIntoTheProjectAndThePomNamesIt() throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLE, out));

        assertThat(out.resolve(COPY)).hasSameTextualContentAs(SAMPLE);
        assertThat(out.resolve("pom.xml")).content()
                .contains("<stencil.diagram>" + COPY + "</stencil.diagram>")
                .contains("<stencil.outputDirectory>.</stencil.outputDirectory>")
                .contains("<stencil.package>com.example.clickstream</stencil.package>")
                .contains("<artifactId>stencil-maven-plugin</artifactId>");
    }

    @Test
    void generatingFromTheProjectsOwnCopyRewritesNothing() throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLE, out));

        WriteReport again = new Stencil().generate(GenerateRequest.of(out.resolve(COPY), out)).report();

        assertThat(again.changes()).allMatch(c -> c.action() == Action.UNCHANGED || c.action() == Action.KEEP);
        assertThat(again.of(Action.KEEP)).extracting(FileChange::path).contains(COPY);
    }

    @Test
    void aCopyEditedInTheProjectIsNotOverwrittenFromTheOriginal() throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLE, out));
        Path copy = out.resolve(COPY);
        Files.writeString(copy, Files.readString(copy).replace("kds --> s3 : archive\n", ""));
        new Stencil().generate(GenerateRequest.of(copy, out));

        assertThatThrownBy(() -> new Stencil().generate(GenerateRequest.of(SAMPLE, out)))
                .isInstanceOf(EditedFilesException.class).hasMessageContaining(COPY);
        assertThat(copy).content().doesNotContain("archive");
    }

    @Test
    void includedFilesAreCopiedBesideTheDiagram() throws Exception {
        Path dir = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src").resolve("parts"));
        Files.writeString(dir.resolve("nodes.iuml"), "mxgraph.aws4.users \"Users\" as u\n"
                + "mxgraph.aws4.kinesis_data_streams \"Stream\" as s\n");
        Path diagram = Files.writeString(dir.resolveSibling("small.puml"),
                "@startuml\n!include parts/nodes.iuml\nu ..> s : events\n@enduml\n");

        new Stencil().generate(GenerateRequest.of(diagram, out));

        assertThat(out.resolve("src/main/stencil/parts/nodes.iuml")).hasSameTextualContentAs(dir.resolve("nodes.iuml"));
        assertThat(new Stencil().generate(GenerateRequest.of(out.resolve("src/main/stencil/small.puml"), out))
                .report().of(Action.UPDATE)).isEmpty();
    }

    @Test
    void reverseRestoresAnArrowDeletedFromTheDiagramAndReportsItsProblemsAsWarnings() throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLE, out));
        Path copy = out.resolve(COPY);
        String original = Files.readString(copy);
        Files.writeString(copy, original.replace("kds --> fn : \"enrich\"\n", ""));

        ReverseResult check = new Stencil().reverse(copy, out, false);
        assertThat(check.warnings()).contains("warning [MISSING_INPUT]");
        assertThat(check.difference().describe()).contains("+ arrow kds --> fn");

        new Stencil().reverse(copy, out, true);
        assertThat(new Stencil().reverse(copy, out, false).difference().isEmpty()).isTrue();
        assertThat(copy).content().contains("kds --> fn");
    }
}
