package dev.stencil.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void utf8TextDecodesAsItIs() {
        SourceText source = SourceText.decode("a.puml", "@startuml\n' Kiosk ☕ naïve\n@enduml\n".getBytes(StandardCharsets.UTF_8));

        assertThat(source.problem()).isEmpty();
        assertThat(source.text()).contains("Kiosk ☕ naïve");
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '@', 's'};

        assertThat(SourceText.decode("a.puml", bom)).isEqualTo(new SourceText("@s", java.util.Optional.empty()));
    }

    @Test
    void aLatin1ByteIsLocatedAtItsLineAndColumn() {
        byte[] latin1 = "@startuml\nmxgraph.aws4.users \"Caf\u00e9\" as u\n@enduml\n".getBytes(StandardCharsets.ISO_8859_1);

        Diagnostic problem = SourceText.decode("a.puml", latin1).problem().orElseThrow();

        assertThat(problem.headline()).isEqualTo("a.puml:2:24: error [NOT_UTF8] the file is not UTF-8: byte 0xE9 at"
                + " line 2, column 24 cannot start or continue a UTF-8 character");
        assertThat(problem.hint()).contains("save the file as UTF-8");
    }

    @Test
    void theTextOfAFileThatIsNotUtf8IsStillPrintable() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xFF, 'c'};

        SourceText source = SourceText.decode("x", bytes);

        assertThat(source.problem()).map(d -> d.location().line() + ":" + d.location().column()).contains("2:2");
        assertThat(source.text()).isEqualTo("a\nb\uFFFDc");
    }
}
