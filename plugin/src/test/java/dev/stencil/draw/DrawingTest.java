package dev.stencil.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.Stencil;
import dev.stencil.integration.Integrations;
import dev.stencil.integration.NodeIntegration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void everyStencilStencilBuildsIsDrawnWithItsIcon() throws Exception {
        StringBuilder diagram = new StringBuilder("@startuml every-stencil\n");
        List<String> names = new ArrayList<>();
        for (NodeIntegration node : Integrations.standard().nodes()) {
            names.addAll(node.stencils());
            names.addAll(node.legacyStencils().keySet());
        }
        for (int i = 0; i < names.size(); i++) {
            diagram.append("mxgraph.aws4.").append(names.get(i)).append(" \"N").append(i).append("\" as n").append(i)
                    .append('\n');
        }
        Path file = Files.createTempDirectory("stencil-draw").resolve("every-stencil.puml");
        Files.writeString(file, diagram.append("@enduml\n"));

        String svg = new String(new Stencil().draw(file, Drawing.Format.SVG), StandardCharsets.UTF_8);

        // An include PlantUML cannot find draws an error image instead of the diagram.
        assertThat(svg).doesNotContain("Cannot include", "Cannot find", "Syntax Error");
        assertThat(svg.split("<image ", -1)).hasSize(names.size() + 1);
    }

    @Test
    void aPngIsAPng() throws Exception {
        byte[] png = new Stencil().draw(SAMPLE, Drawing.Format.PNG);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
