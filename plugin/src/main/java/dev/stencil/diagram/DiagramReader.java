package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
            "!pragma", "!theme", "!define", "!definelong", "!enddefinelong", "skin", "newpage", "allowmixing",
            "together", "!option", "!assume", "!log");

    private static final int MAX_INCLUDE_DEPTH = 16;

    private final Includes includes;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Diagram> diagrams = new ArrayList<>();
    private final Deque<String> including = new ArrayDeque<>();
    private final List<String> includedFiles = new ArrayList<>();
    private DiagramBuilder current;
    private String blockEnd;

    private DiagramReader(Includes includes) {
        this.includes = includes;
    }

    /**
     * Reads every diagram in a text that includes no other file.
     *
     * @param file the path to print in diagnostics
     * @param text the file's content
     */
    public static ReadResult read(String file, String text) {
        return read(file, text, Includes.none());
    }

    /**
     * Reads every diagram in the text, following relative {@code !include}s through {@code includes}.
     *
     * @param file the path to print in diagnostics
     * @param text the file's content
     * @param includes where included files come from
     */
    public static ReadResult read(String file, String text, Includes includes) {
        DiagramReader reader = new DiagramReader(includes);
        int lines = reader.lines(file, text, false);
        reader.end(file, lines);
        return new ReadResult(reader.diagrams, reader.diagnostics, reader.includedFiles);
    }

    /** Reads the lines of one file; returns how many there are. */
    private int lines(String file, String text, boolean included) {
        including.push(file);
        String[] lines = CommentStripper.strip(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            line(file, i + 1, lines[i], included);
        }
        including.pop();
        return lines.length;
    }

    private void line(String file, int number, String raw, boolean included) {
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
        if (included && (text.startsWith("@startuml") || text.startsWith("@enduml"))) {
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
        } else if (text.startsWith("!include ") || text.startsWith("!include_once ")) {
            include(text.substring(text.indexOf(' ') + 1).strip(), at);
        } else {
            statement(text, column - 1, raw, at);
        }
    }

    private void include(String target, SourceLocation at) {
        if (target.startsWith("<")) {
            return;
        }
        if (target.contains("://") || target.startsWith("/") || target.matches("^[A-Za-z]:[\\\\/].*")) {
            diagnostics.add(Diagnostic.error("INCLUDE_NOT_LOCAL", at, "`!include " + target + "` is not a relative file",
                    "include a file by a path relative to this one, or copy its content here"));
            return;
        }
        Includes.Lookup lookup = includes.resolve(at.file(), target, at);
        if (lookup instanceof Includes.Refused refused) {
            diagnostics.add(refused.diagnostic());
        } else if (!(lookup instanceof Includes.Included found)) {
            diagnostics.add(Diagnostic.error("INCLUDE_NOT_FOUND", at, "cannot read included file `" + target + "`",
                    "check the path; it is relative to the including file"));
        } else if (including.contains(found.file()) || including.size() > MAX_INCLUDE_DEPTH) {
            diagnostics.add(Diagnostic.error("INCLUDE_CYCLE", at, "`" + target + "` includes itself, directly or not",
                    "remove the !include that closes the cycle"));
        } else {
            if (!includedFiles.contains(found.file())) {
                includedFiles.add(found.file());
            }
            lines(found.file(), found.text(), true);
        }
    }

    private void startDiagram(String name, SourceLocation at) {
        if (current != null) {
            missingEnd(at);
            finishDiagram();
        }
        current = new DiagramBuilder(name, at, diagnostics);
    }

    private void finishDiagram() {
        diagrams.add(current.build());
        current = null;
    }

    private void end(String file, int lineCount) {
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
        } else if (current.arrow(text, offset, at)) {
            return;
        } else if (keyword.equals("left") || keyword.equals("top")) {
            current.direction(text, at);
        } else if (CONTAINERS.contains(keyword)) {
            current.group(keyword, raw, offset + first.length(), at);
        } else if (first.startsWith("mxgraph.")) {
            current.element(first, raw, offset + first.length(), at);
        } else if (DRAWING.contains(keyword)) {
            blockEnd = DrawingBlocks.endOf(keyword, text);
        } else {
            diagnostics.add(Diagnostic.error("UNRECOGNIZED_STATEMENT", at,
                    "cannot read `" + text + "`",
                    "write a node as `mxgraph.aws4.<stencil> \"Label\" as alias`, an arrow as `a --> b : label`,"
                            + " or a container as `rectangle \"Title\" {`"));
        }
    }
}
