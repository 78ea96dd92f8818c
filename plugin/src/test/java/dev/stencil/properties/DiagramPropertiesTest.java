package dev.stencil.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.SyntheticDiagrams;
import dev.stencil.engine.DiagramException;
import dev.stencil.engine.Stencil;
import dev.stencil.integration.Integrations;
import dev.stencil.integration.StackLayout;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.Diagnostic;
import dev.stencil.reverse.DiagramPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of reading, validating and printing diagrams, over random and mutated input. */
class DiagramPropertiesTest {

    private static final List<String> FRAGMENTS = List.of("@startuml", "@enduml", "mxgraph.aws4.lambda_function",
            "mxgraph.aws4.kinesis_data_streams", "mxgraph.aws4.s3", "mxgraph.aws4.nope", "\"", "\\", "as", "fn", "kds",
            "-->", "..>", "<--", "-[#red]->", ":", "{", "}", "rectangle", "'", "/'", "'/", "!include", "x.iuml", "\n",
            " ", "${", "*/", "é", "☕", "left to right direction", "note", "end note", "skinparam", "-up->");

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> mutatedDiagram() {
        String base = sample();
        return Arbitraries.integers().between(0, base.length() - 1).list().ofMinSize(1).ofMaxSize(4)
                .flatMap(positions -> Arbitraries.of(FRAGMENTS).list().ofSize(positions.size()).map(inserts -> {
                    StringBuilder text = new StringBuilder(base);
                    for (int i = 0; i < positions.size(); i++) {
                        int at = Math.min(positions.get(i), text.length());
                        if (i % 2 == 0) {
                            text.insert(at, inserts.get(i));
                        } else {
                            text.delete(at, Math.min(text.length(), at + inserts.get(i).length()));
                        }
                    }
                    return text.toString();
                }));
    }

    @Property(tries = 300)
    void randomTextYieldsLocatedDiagnosticsAndNeverAnotherException(@ForAll("randomText") String text) throws java.io.IOException {
        assertOnlyLocatedDiagnostics(text);
    }

    @Property(tries = 300)
    void mutatedDiagramsYieldLocatedDiagnosticsAndNeverAnotherException(@ForAll("mutatedDiagram") String text) throws java.io.IOException {
        assertOnlyLocatedDiagnostics(text);
    }

    @Property(tries = 200)
    void anArchitecturePrintedAsADiagramReadsBackAsTheSameArchitecture(@ForAll long seed) throws Exception {
        Architecture original = Architectures.random(seed);

        Architecture read = new Stencil().analyze("printed.puml", DiagramPrinter.print(original), false).architecture();

        assertThat(read.name()).isEqualTo(original.name());
        assertThat(summary(read.components())).isEqualTo(summary(original.components()));
        assertThat(read.connections()).extracting(DiagramPropertiesTest::summary)
                .containsExactlyElementsOf(original.connections().stream().map(DiagramPropertiesTest::summary).toList());
    }

    @Property(tries = 20)
    void syntheticDiagramsOfAnySizeAreSplitIntoStacksThatEachFitCloudFormationsQuotas(@ForAll("sizes") int size)
            throws Exception {
        String text = SyntheticDiagrams.of(size);
        // Each cell of five nodes makes 32 resources and 6 outputs, the stack 6 more resources and 1 output;
        // the CDK CLI adds one resource.
        int cells = Math.max(1, size / 5);
        boolean fits = 32 * cells + 6 + 1 <= 500 && 6 * cells + 1 <= 200;
        Integrations integrations = Integrations.standard();
        Architecture a = new Stencil().analyze("synthetic.puml", text, false).architecture();

        StackLayout layout = integrations.layout(a, Map.of());

        assertThat(a.components()).hasSize(cells * 5);
        assertThat(layout.split()).as("%d cells split", cells).isEqualTo(!fits);
        assertThat(layout.stacks()).allSatisfy(home -> {
            assertThat(home.budget().resources().total() + 1).as(home.id()).isLessThanOrEqualTo(500);
            assertThat(home.budget().outputs()).as(home.id()).isLessThanOrEqualTo(200);
        });
        for (Component c : a.components()) {
            String home = layout.homeOf(c.alias());
            if (integrations.node(c.kind()).holdsData()) {
                assertThat(home).as(c.alias()).matches("|Data\\d+");
            } else {
                assertThat(home).as(c.alias()).matches(fits ? "" : "Processing\\d+");
            }
        }
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.integers().between(1, 400);
    }

    private static void assertOnlyLocatedDiagnostics(String text) throws java.io.IOException {
        int lines = (int) text.lines().count() + 1;
        try {
            new Stencil().analyze("random.puml", text, false);
        } catch (DiagramException e) {
            assertThat(e.diagnostics()).isNotEmpty().anySatisfy(d -> assertThat(d.isError()).isTrue());
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.location().line()).as(d.headline()).isBetween(1, lines);
                assertThat(d.location().column()).as(d.headline()).isPositive();
                assertThat(d.hint()).as(d.headline()).isNotBlank();
            }
        }
    }

    private static List<String> summary(List<Component> components) {
        List<String> rows = new ArrayList<>();
        components.stream().sorted(Comparator.comparing(Component::alias))
                .forEach(c -> rows.add(c.alias() + "|" + c.kind() + "|" + c.label() + "|" + c.groups()));
        return rows;
    }

    private static String summary(Connection c) {
        return c.from() + "->" + c.to() + "|" + c.kind() + "|" + c.label() + "|" + c.style();
    }

    private static String sample() {
        try {
            return Files.readString(Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
