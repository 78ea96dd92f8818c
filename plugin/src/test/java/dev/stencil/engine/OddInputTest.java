package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as new users' machines hand them over: other encodings, byte-order marks, odd include paths. */
class OddInputTest {

    private static final String DIAGRAM = "@startuml\nmxgraph.aws4.users \"Caf\u00e9\" as u\n"
            + "mxgraph.aws4.kinesis_data_streams \"S\" as s\nu ..> s\n@enduml\n";

    @TempDir
    Path dir;

    @Test
    void aLatin1DiagramIsRefusedWithItsLocationAndNothingIsWritten() throws Exception {
        Path diagram = Files.write(dir.resolve("latin1.puml"), DIAGRAM.getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new Stencil().generate(GenerateRequest.of(diagram, dir.resolve("out"))))
                .isInstanceOfSatisfying(DiagramException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::headline)
                        .singleElement().asString().startsWith(diagram + ":2:24: error [NOT_UTF8]"))
                .hasMessageContaining("save the file as UTF-8");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDiagramWithAByteOrderMarkGenerates() throws Exception {
        byte[] text = ("\uFEFF" + DIAGRAM).getBytes(StandardCharsets.UTF_8);
        Path diagram = Files.write(dir.resolve("bom.puml"), text);

        new Stencil().generate(GenerateRequest.of(diagram, dir.resolve("out")));

        assertThat(dir.resolve("out/README.md")).content().contains("Café");
    }

    @Test
    void anIncludeThatIsNotUtf8IsLocatedInTheIncludedFile() throws Exception {
        Files.write(dir.resolve("part.iuml"), "mxgraph.aws4.users \"Caf\u00e9\" as v\n".getBytes(StandardCharsets.ISO_8859_1));
        Path diagram = Files.writeString(dir.resolve("main.puml"), "@startuml\n!include part.iuml\n@enduml\n");

        assertThatThrownBy(() -> new Stencil().analyze(diagram.toString(), Files.readString(diagram), false))
                .isInstanceOfSatisfying(DiagramException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::headline)
                        .anySatisfy(h -> assertThat(h).startsWith(dir.resolve("part.iuml") + ":1:24: error [NOT_UTF8]")));
    }

    @Test
    void anIncludePathTheFileSystemRejectsIsADiagnosticNotAnException() throws Exception {
        Path diagram = Files.writeString(dir.resolve("nul.puml"), "@startuml\n!include x2\u0000\n@enduml\n");

        assertThatThrownBy(() -> new Stencil().analyze(diagram.toString(), Files.readString(diagram), false))
                .isInstanceOfSatisfying(DiagramException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::headline)
                        .contains(diagram + ":2:1: error [INCLUDE_BAD_PATH] `!include x2\\u0000` is not a path this"
                                + " file system accepts: Nul character not allowed"));
    }
}
