package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads PlantUML text in the stencil dialect into {@link Diagram} syntax trees. It never throws
 * for bad input: every problem becomes a located {@link Diagnostic}, and reading goes on so that
 * all problems are reported at once.
 */
public final class DiagramReader {

    static final Set<String> CONTAINERS =
            Set.of("rectangle", "package", "cloud", "node", "frame", "folder", "database", "component");

    /** Statements that change only how the diagram is drawn. */
    private static final Set<String> DRAWING = Set.of(
            "skinparam", "title", "caption", "header", "footer", "legend", "note", "hide", "show", "scale",
            "!pragma", "!theme", "!define", "skin", "newpage", "allowmixing", "together");

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Diagram> diagrams = new ArrayList<>();
    private DiagramBuilder current;
    private String blockEnd;

    private DiagramReader(String file) {
        this.file = file;
    }

    /**
     * Reads every diagram in the text.
     *
     * @param file the path to print in diagnostics
     * @param text the file's content
     */
    public static ReadResult read(String file, String text) {
        DiagramReader reader = new DiagramReader(file);
        String[] lines = CommentStripper.strip(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.line(i + 1, lines[i]);
        }
        reader.end(lines.length);
        return new ReadResult(reader.diagrams, reader.diagnostics);
    }

    private void line(int number, String raw) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("'")) {
            return;
        }
        int column = raw.indexOf(text.charAt(0)) + 1;
        SourceLocation at = new SourceLocation(file, number, column);
        if (blockEnd != null) {
            if (text.toLowerCase(Locale.ROOT).replace(" ", "").equals(blockEnd)) {
                blockEnd = null;
            }
            return;
        }
        if (text.startsWith("@startuml")) {
            startDiagram(text.substring("@startuml".length()).strip(), at);
        } else if (current == null) {
            diagnostics.add(Diagnostic.error("OUTSIDE_DIAGRAM", at,
                    "statement outside @startuml ... @enduml",
                    "start the diagram with @startuml and end it with @enduml"));
        } else if (text.startsWith("@enduml")) {
            finishDiagram();
        } else {
            statement(text, column - 1, raw, at);
        }
    }

    private void startDiagram(String name, SourceLocation at) {
        if (current != null) {
            missingEnd(at);
            finishDiagram();
        }
        current = new DiagramBuilder(file, name, at, diagnostics);
    }

    private void finishDiagram() {
        diagrams.add(current.build());
        current = null;
    }

    private void end(int lineCount) {
        if (current != null) {
            missingEnd(new SourceLocation(file, lineCount, 1));
            finishDiagram();
        }
        if (diagrams.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.error("MISSING_STARTUML", SourceLocation.ofFile(file),
                    "the file holds no diagram", "write the diagram between @startuml and @enduml"));
        }
    }

    private void missingEnd(SourceLocation at) {
        diagnostics.add(Diagnostic.error("MISSING_ENDUML", at,
                "diagram started at line " + current.location().line() + " is not closed by @enduml",
                "add @enduml after the diagram's last statement"));
    }

    private void statement(String text, int offset, String raw, SourceLocation at) {
        String first = text.split("\\s+", 2)[0];
        String keyword = first.toLowerCase(Locale.ROOT);
        if (text.equals("}")) {
            current.closeGroup(at);
        } else if (keyword.equals("left") || keyword.equals("top")) {
            current.direction(text, at);
        } else if (CONTAINERS.contains(keyword)) {
            current.group(keyword, raw, offset + first.length(), at);
        } else if (first.startsWith("mxgraph.")) {
            current.element(first, raw, offset + first.length(), at);
        } else if (DRAWING.contains(keyword)) {
            blockEnd = DrawingBlocks.endOf(keyword, text);
        } else if (!current.arrow(text, offset, at)) {
            diagnostics.add(Diagnostic.error("UNRECOGNIZED_STATEMENT", at,
                    "cannot read `" + text + "`",
                    "write a node as `mxgraph.aws4.<stencil> \"Label\" as alias`, an arrow as `a --> b : label`,"
                            + " or a container as `rectangle \"Title\" {`"));
        }
    }
}
