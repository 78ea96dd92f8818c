package dev.stencil.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.Stencil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DrawingTest {

    private static final Path SAMPLE = Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml");

    @Test
    void theClickstreamDiagramIsDrawnWithOneAwsIconPerNode() throws Exception {
        String svg = new String(new Stencil().draw(SAMPLE, Drawing.Format.SVG), StandardCharsets.UTF_8);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<image ", -1)).hasSize(8 + 1);
        assertThat(svg).contains(">Enrichment<", ">Real-time<", ">Search<", ">windowed<", ">archive<");
    }

    @Test
    void aPngIsAPng() throws Exception {
        byte[] png = new Stencil().draw(SAMPLE, Drawing.Format.PNG);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
