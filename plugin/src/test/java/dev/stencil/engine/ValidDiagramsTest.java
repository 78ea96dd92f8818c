package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.ServiceKind;
import dev.stencil.output.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams that use the whole dialect resolve into exactly the architecture they draw. */
class ValidDiagramsTest {

    private static final Path EVERY = Path.of("src/test/resources/valid/every-construct.puml");

    @TempDir
    Path out;

    private static Analysis analyze(Path file, boolean lenient) throws Exception {
        return new Stencil().analyze(file.toString(), Files.readString(file, StandardCharsets.UTF_8), lenient);
    }

    @Test
    void everyConstructOfTheDialectIsReadIntoTheArchitectureItDraws() throws Exception {
        Architecture a = analyze(EVERY, false).architecture();

        assertThat(a.name()).isEqualTo("every-construct");
        assertThat(a.components()).extracting(Component::alias, Component::kind).containsExactly(
                tuple("kds", ServiceKind.KINESIS_STREAM),
                tuple("web", ServiceKind.CLIENT),
                tuple("mobile", ServiceKind.CLIENT),
                tuple("kiosk", ServiceKind.CLIENT),
                tuple("fn", ServiceKind.LAMBDA_FUNCTION),
                tuple("hook", ServiceKind.LAMBDA_FUNCTION),
                tuple("rollup", ServiceKind.FLINK_APPLICATION),
                tuple("counts", ServiceKind.DYNAMODB_TABLE),
                tuple("search", ServiceKind.OPENSEARCH_DOMAIN),
                tuple("lake", ServiceKind.S3_BUCKET),
                tuple("delivery", ServiceKind.FIREHOSE));
        assertThat(a.component("web").orElseThrow().label()).isEqualTo("Web \"beta\" clients");
        assertThat(a.component("kiosk").orElseThrow().label()).isEqualTo("Kiosk ☕ naïve");
        assertThat(a.component("web").orElseThrow().groups()).containsExactly("Outside", "Clients");
        assertThat(a.component("kds").orElseThrow().location().file()).endsWith("parts/ingestion.iuml");
        assertThat(a.connections()).extracting(Connection::from, Connection::to, Connection::kind).containsExactly(
                tuple("web", "kds", ConnectionKind.PRODUCE),
                tuple("mobile", "kds", ConnectionKind.PRODUCE),
                tuple("kiosk", "kds", ConnectionKind.PRODUCE),
                tuple("kds", "fn", ConnectionKind.STREAM_TO_FUNCTION),
                tuple("kds", "hook", ConnectionKind.STREAM_TO_FUNCTION),
                tuple("kds", "rollup", ConnectionKind.STREAM_TO_FLINK),
                tuple("rollup", "counts", ConnectionKind.FLINK_TO_TABLE),
                tuple("fn", "search", ConnectionKind.FUNCTION_TO_SEARCH),
                tuple("hook", "counts", ConnectionKind.FUNCTION_TO_TABLE),
                tuple("delivery", "lake", ConnectionKind.FIREHOSE_TO_BUCKET),
                tuple("kds", "delivery", ConnectionKind.STREAM_TO_FIREHOSE));
    }

    @Test
    void aSecondDiagramInTheFileIsNamedInAWarning() throws Exception {
        assertThat(analyze(EVERY, false).warnings()).extracting(Diagnostic::code).containsExactly("MULTIPLE_DIAGRAMS");
    }

    @Test
    void everyConstructDiagramGeneratesAProject() throws Exception {
        var report = new Stencil().generate(GenerateRequest.of(EVERY, out)).report();

        assertThat(report.of(Action.CREATE)).isNotEmpty();
        assertThat(Files.readString(out.resolve("README.md"))).contains("Web \"beta\" clients", "Kiosk ☕ naïve");
    }

    @Test
    void lenientGenerationSkipsUnsupportedServicesAndListsThemInTheReadme() throws Exception {
        Path diagram = Path.of("src/test/resources/diagnostics/legacy-and-unsupported.puml");
        new Stencil().generate(new GenerateRequest(diagram, out, "com.example", Optional.empty(), Optional.empty(),
                false, false, true));

        assertThat(Files.readString(out.resolve("README.md")))
                .contains("Not built")
                .contains("| `bus` | Bus | `mxgraph.aws4.eventbridge` | line 4 |");
    }
}
