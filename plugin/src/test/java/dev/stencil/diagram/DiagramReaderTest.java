package dev.stencil.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.model.FlowStyle;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramReaderTest {

    private static Diagram readOne(String text) {
        ReadResult result = DiagramReader.read("d.puml", text);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.diagrams()).hasSize(1);
        return result.diagrams().get(0);
    }

    @Test
    void readsTheSeedClickstreamDiagramCompletely() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml"));
        Diagram d = readOne(text);

        assertThat(d.direction()).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(d.groups()).extracting(Group::title)
                .containsExactly("Event Sources", "Ingestion", "Processing", "Storage & Search");
        assertThat(d.elements()).extracting(Element::alias).containsExactly("web", "mobile", "kds", "kda", "fn", "ddb", "os", "s3");
        Element web = d.elements().get(0);
        assertThat(web.label()).isEqualTo("Web\nClients");
        assertThat(web.groups()).containsExactly("Event Sources");
        assertThat(web.location()).isEqualTo(new SourceLocation("d.puml", 5, 3));
        assertThat(d.arrows()).extracting(Arrow::from, Arrow::to, Arrow::style, Arrow::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("web", "kds", FlowStyle.ASYNC, "events"),
                org.assertj.core.groups.Tuple.tuple("mobile", "kds", FlowStyle.ASYNC, "events"),
                org.assertj.core.groups.Tuple.tuple("kds", "kda", FlowStyle.SYNC, "windowed agg"),
                org.assertj.core.groups.Tuple.tuple("kds", "fn", FlowStyle.SYNC, "enrich"),
                org.assertj.core.groups.Tuple.tuple("kda", "ddb", FlowStyle.SYNC, ""),
                org.assertj.core.groups.Tuple.tuple("fn", "os", FlowStyle.SYNC, ""),
                org.assertj.core.groups.Tuple.tuple("kds", "s3", FlowStyle.SYNC, "archive"));
    }

    @Test
    void reversedArrowsPointFromTheirTail() {
        Diagram d = readOne("@startuml\nmxgraph.aws4.s3 b\nmxgraph.aws4.kinesis_data_streams k\nb <-- k : archive\n@enduml\n");
        Arrow arrow = d.arrows().get(0);
        assertThat(arrow.from()).isEqualTo("k");
        assertThat(arrow.to()).isEqualTo("b");
        assertThat(arrow.fromLocation().column()).isEqualTo(7);
    }

    @Test
    void arrowStylesAndDirectionHintsAreRead() {
        Diagram d = readOne(String.join("\n", "@startuml", "mxgraph.aws4.s3 a", "mxgraph.aws4.s3 b",
                "a -up-> b", "a .right.> b", "a -[#red,dashed]-> b", "a -- b", "a->b", "@enduml"));
        assertThat(d.arrows()).extracting(Arrow::style).containsExactly(
                FlowStyle.SYNC, FlowStyle.ASYNC, FlowStyle.ASYNC, FlowStyle.ASSOCIATION, FlowStyle.SYNC);
    }

    @Test
    void commentsAndDrawingStatementsAreIgnored() {
        Diagram d = readOne(String.join("\n", "@startuml", "' a comment", "/' a block", "comment '/",
                "skinparam shadowing false", "skinparam rectangle {", "  BackgroundColor white", "}",
                "title Clicks", "note as n1", "  anything -- here", "end note",
                "mxgraph.aws4.s3 \"A \\\"quoted\\\" label\" as a #Orange", "@enduml"));
        assertThat(d.elements()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("A \"quoted\" label");
            assertThat(e.style()).isEqualTo("#Orange");
        });
    }

    @Test
    void labelFirstAndAliasFirstFormsAreTheSame() {
        Diagram d = readOne("@startuml\nmxgraph.aws4.s3 \"Archive\" as a\nmxgraph.aws4.s3 b as \"Backup\"\n@enduml");
        assertThat(d.elements()).extracting(Element::alias, Element::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "Archive"),
                        org.assertj.core.groups.Tuple.tuple("b", "Backup"));
    }

    @Test
    void everySyntaxProblemIsReportedInOneRead() {
        ReadResult result = DiagramReader.read("bad.puml",
                "@startuml\nrectangle \"G\" {\nmxgraph.aws4.s3 \"unterminated as x\n}\n}\nwhat is this\n");
        assertThat(result.diagnostics()).extracting(dg -> dg.code() + "@" + dg.location().line())
                .containsExactly("UNTERMINATED_STRING@3", "UNMATCHED_BRACE@5", "UNRECOGNIZED_STATEMENT@6",
                        "MISSING_ENDUML@7");
    }

    @Test
    void aFileWithoutDiagramIsReported() {
        assertThat(DiagramReader.read("x.puml", "").diagnostics()).extracting(dg -> dg.code())
                .isEqualTo(List.of("MISSING_STARTUML"));
    }
}
