package dev.stencil.reverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.ReverseResult;
import dev.stencil.engine.Stencil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagram → code → diagram on the clickstream sample, with the edits people make on either side. */
class RoundTripTest {

    private static final String STACK = "infra/src/main/java/com/example/clickstream/infra/ClickstreamStack.java";

    @TempDir
    Path dir;

    private Path diagram;
    private Path project;
    private String original;

    @BeforeEach
    void generateClickstream() throws Exception {
        diagram = dir.resolve("clickstream.puml");
        Files.copy(Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml"), diagram);
        original = Files.readString(diagram);
        project = dir.resolve("project");
        new Stencil().generate(GenerateRequest.of(diagram, project));
    }

    private ReverseResult reverse(boolean write) throws Exception {
        return new Stencil().reverse(diagram, project, write);
    }

    private void editStack(String before, String after) throws Exception {
        Path stack = project.resolve(STACK);
        String text = Files.readString(stack, StandardCharsets.UTF_8);
        assertThat(text).contains(before);
        Files.writeString(stack, text.replace(before, after));
    }

    @Test
    void anUntouchedProjectReversesToTheOriginalDiagramText() throws Exception {
        ReverseResult result = reverse(true);

        assertThat(result.difference().isEmpty()).isTrue();
        assertThat(diagram).hasContent(original);
    }

    @Test
    void aLambdaAddedToTheStackByHandGoesIntoTheDiagramNextToItsKind() throws Exception {
        editStack("        Table ddb =", """
                        Function scorer = Functions.create(this, "Scorer", config.functionsJar(), "x.Scorer::handle");
                        Table ddb =""");
        editStack("        Wiring.streamToArchive(", "        Wiring.streamToFunction(kds, scorer);\n        Wiring.streamToArchive(");

        assertThat(reverse(false).difference().describe())
                .contains("+ node  scorer (Lambda function)", "+ arrow kds --> scorer");
        reverse(true);

        String text = Files.readString(diagram);
        assertThat(text).contains("""
                  mxgraph.aws4.lambda_function "Enrichment\\nLambda" as fn
                  mxgraph.aws4.lambda_function "Scorer" as scorer
                }""");
        assertThat(text).contains("kds --> s3 : archive\nkds --> scorer\n@enduml");
        assertThat(reverse(false).difference().isEmpty()).isTrue();
    }

    @Test
    void anArrowDeletedFromTheDiagramIsRestoredFromTheCode() throws Exception {
        Files.writeString(diagram, original.replace("fn --> os\n", ""));

        assertThat(reverse(false).difference().describe()).contains("+ arrow fn --> os");
        reverse(true);

        assertThat(Files.readString(diagram)).contains("kds --> s3 : archive\nfn --> os\n@enduml");
    }

    @Test
    void aNodeRemovedFromTheCodeLeavesTheDiagramWithItsArrows() throws Exception {
        editStack("        Bucket s3 = Buckets.create(this, \"S3\");\n", "");
        editStack("        Wiring.streamToArchive(kds, s3, \"KdsToS3\");\n", "");

        reverse(true);

        String text = Files.readString(diagram);
        assertThat(text).doesNotContain("as s3").doesNotContain("kds --> s3");
        assertThat(text).contains("mxgraph.aws4.opensearch_service_data_node \"OpenSearch\" as os\n}");
    }

    @Test
    void plainCdkConstructsInBothStylesAreReadAsNodesAndArrows() throws Exception {
        editStack("        Wiring.producerToStream(web, kds);", """
                        Function raw = Function.Builder.create(this, "RawFn").build();
                        raw.addEventSource(new KinesisEventSource(kds, null));
                        Bucket extra = new Bucket(this, "Extra");
                        extra.grantPut(raw);
                        Wiring.producerToStream(web, kds);""");

        assertThat(reverse(false).difference().describe()).contains(
                "+ node  rawFn (Lambda function)", "+ node  extra (S3 bucket)", "+ arrow kds --> rawFn");
    }

    @Test
    void withoutADiagramReverseDrawsOneFromTheCodeThatReadsBackTheSame() throws Exception {
        Path fresh = dir.resolve("fresh.puml");

        new Stencil().reverse(fresh, project, true);

        Path again = dir.resolve("again");
        new Stencil().generate(GenerateRequest.of(fresh, again));
        assertThat(new Stencil().reverse(fresh, again, false).difference().isEmpty()).isTrue();
        assertThat(Files.readString(fresh)).contains("as kds", "as fn", "kds --> fn", "kds --> s3");
    }
}
