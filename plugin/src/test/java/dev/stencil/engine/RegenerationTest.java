package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.output.Action;
import dev.stencil.output.EditedFilesException;
import dev.stencil.output.WriteReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenerationTest {

    private static final Path SAMPLE = Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml");
    private static final String LOGIC = "functions/src/main/java/com/example/clickstream/functions/fn/FnLogic.java";
    private static final String STACK = "infra/src/main/java/com/example/clickstream/infra/ClickstreamStack.java";
    private static final String HANDLER = "functions/src/main/java/com/example/clickstream/functions/fn/FnHandler.java";

    @TempDir
    Path out;

    private WriteReport generate() throws Exception {
        return new Stencil().generate(GenerateRequest.of(SAMPLE, out)).report();
    }

    @Test
    void generatingTwiceRewritesNothing() throws Exception {
        generate();
        Map<Path, FileTime> before = modificationTimes();

        WriteReport second = generate();

        assertThat(second.of(Action.CREATE)).isEmpty();
        assertThat(second.of(Action.UPDATE)).isEmpty();
        assertThat(modificationTimes()).isEqualTo(before);
    }

    @Test
    void aDataStoreThatLeavesTheDiagramIsAWarningThatNamesItAndSaysItsDataIsRetained() throws Exception {
        Path diagram = out.resolveSibling(out.getFileName() + "-diagram").resolve("clickstream.puml");
        Files.createDirectories(diagram.getParent());
        Files.writeString(diagram, Files.readString(SAMPLE));
        Path project = out.resolve("project");
        GenerateResult first = new Stencil().generate(GenerateRequest.of(diagram, project));
        assertThat(project.resolve(".stencil/data-stores")).content()
                .contains("ClickstreamStack/Ddb\tDynamoDB table\tddb", "ClickstreamStack/S3\tS3 bucket\ts3");
        assertThat(first.warnings()).doesNotContain("DATA_STORE_DROPPED");

        // The table renamed (its alias is its identity) and the archive bucket removed.
        Files.writeString(diagram, Files.readString(SAMPLE).replace(" as ddb", " as counts").replace("kda --> ddb",
                "kda --> counts").replace("  mxgraph.aws4.s3 \"Archive\\n(S3)\" as s3\n", "").replace("kds --> s3 : archive\n", ""));
        GenerateResult second = new Stencil().generate(GenerateRequest.of(diagram, project));

        assertThat(second.warnings())
                .contains("warning [DATA_STORE_DROPPED] DynamoDB table `ddb` (construct ClickstreamStack/Ddb)")
                .contains("warning [DATA_STORE_DROPPED] S3 bucket `s3` (construct ClickstreamStack/S3)")
                .contains("the kit retains its data")
                .doesNotContain("`kds`");
        assertThat(project.resolve(".stencil/data-stores")).content().contains("ClickstreamStack/Counts\tDynamoDB table\tcounts")
                .doesNotContain("ClickstreamStack/Ddb");
    }

    @Test
    void theUsersLogicSurvivesRegeneration() throws Exception {
        generate();
        Files.writeString(out.resolve(LOGIC), "// my enrichment\n");

        WriteReport second = generate();

        assertThat(out.resolve(LOGIC)).hasContent("// my enrichment");
        assertThat(second.of(Action.KEEP)).extracting(c -> c.path()).contains(LOGIC);
    }

    @Test
    void aHandEditedGeneratedFileStopsGenerationAndNamesIt() throws Exception {
        generate();
        Files.writeString(out.resolve(HANDLER), "// edited\n");

        assertThatThrownBy(this::generate).isInstanceOf(EditedFilesException.class).hasMessageContaining(HANDLER);
        assertThat(out.resolve(HANDLER)).hasContent("// edited");
    }

    @Test
    void aRefusedStackEditThatKeepsTheArchitectureSaysSoAndShowsTheLinesARenderWouldDrop() throws Exception {
        generate();
        Path stack = out.resolve(STACK);
        Files.writeString(stack, Files.readString(stack).replace("        Wiring.producerToStream(web, kds);\n",
                "        Wiring.producerToStream(web, kds);\n        software.amazon.awscdk.Tags.of(this).add(\"team\", \"web\");\n"));

        assertThatThrownBy(this::generate).isInstanceOf(EditedFilesException.class)
                .hasMessageContaining("The code describes the same nodes and arrows as the diagram")
                .hasMessageContaining("Regenerating " + STACK + " would drop 1 line(s):\n"
                        + "    -         software.amazon.awscdk.Tags.of(this).add(\"team\", \"web\");")
                .hasMessageContaining("-Dstencil.force=true");
    }

    @Test
    void aRefusedStackEditThatChangesTheArchitectureSaysToReverseFirst() throws Exception {
        generate();
        Path stack = out.resolve(STACK);
        Files.writeString(stack, Files.readString(stack).replace("        Bucket s3 = Buckets.create(this, \"S3\");\n",
                "        Bucket s3 = Buckets.create(this, \"S3\");\n        Bucket extra = Buckets.create(this, \"Extra\");\n"));

        assertThatThrownBy(this::generate).isInstanceOf(EditedFilesException.class)
                .hasMessageContaining("The code and the diagram disagree")
                .hasMessageContaining("stencil:reverse");
    }

    @Test
    void aTemplateInTheOverrideFolderReplacesTheShippedOne() throws Exception {
        Path templates = Files.createTempDirectory("templates");
        Files.createDirectories(templates.resolve("project"));
        Files.writeString(templates.resolve("project/gitignore.ftl"), "custom-[=view.projectName]/\n");

        new Stencil().generate(new GenerateRequest(SAMPLE, out, "com.example", Optional.empty(),
                Optional.of(templates), false, false, false));

        assertThat(Files.readString(out.resolve(".gitignore"))).endsWith("\ncustom-clickstream/\n");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        WriteReport report = new Stencil().generate(new GenerateRequest(SAMPLE, out, "com.example", Optional.empty(),
                Optional.empty(), false, true, false)).report();

        assertThat(report.of(Action.CREATE)).isNotEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBadDiagramWritesNothing() throws Exception {
        Path bad = Files.writeString(Files.createTempFile("bad", ".puml"), "@startuml\nmxgraph.aws4.nope x\n@enduml\n");

        assertThatThrownBy(() -> new Stencil().generate(GenerateRequest.of(bad, out.resolve("project"))))
                .isInstanceOf(DiagramException.class);
        assertThat(out.resolve("project")).doesNotExist();
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                times.put(p, Files.getLastModifiedTime(p));
            }
        }
        return times;
    }
}
