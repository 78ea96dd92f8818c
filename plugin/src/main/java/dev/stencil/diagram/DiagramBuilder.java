package dev.stencil.diagram;

import dev.stencil.diagram.Tokens.Token;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Collects the statements of one diagram while {@link DiagramReader} walks its lines. */
final class DiagramBuilder {

    private final String name;
    private final SourceLocation location;
    private final List<Diagnostic> diagnostics;
    private final Deque<Group> open = new ArrayDeque<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Element> elements = new ArrayList<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private Direction direction = Direction.TOP_TO_BOTTOM;

    DiagramBuilder(String name, SourceLocation location, List<Diagnostic> diagnostics) {
        this.name = name;
        this.location = location;
        this.diagnostics = diagnostics;
    }

    SourceLocation location() {
        return location;
    }

    void direction(String text, SourceLocation at) {
        String normal = text.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        switch (normal) {
            case "left to right direction" -> direction = Direction.LEFT_TO_RIGHT;
            case "top to bottom direction" -> direction = Direction.TOP_TO_BOTTOM;
            default -> diagnostics.add(Diagnostic.error("UNRECOGNIZED_STATEMENT", at,
                    "cannot read `" + text + "`",
                    "write `left to right direction` or `top to bottom direction`"));
        }
    }

    void group(String keyword, String line, int from, SourceLocation at) {
        List<Token> tokens = tokens(line, from, at);
        if (tokens == null) {
            return;
        }
        boolean opens = !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("{");
        String title = tokens.isEmpty() || tokens.get(0).text().equals("{") ? keyword : Labels.unquote(tokens.get(0).text());
        Group group = new Group(keyword, title, parents(), at);
        groups.add(group);
        if (opens) {
            open.push(group);
        }
    }

    void closeGroup(SourceLocation at) {
        if (open.isEmpty()) {
            diagnostics.add(Diagnostic.error("UNMATCHED_BRACE", at,
                    "`}` closes no container", "remove the `}` or open a container such as `rectangle \"Title\" {`"));
        } else {
            open.pop();
        }
    }

    void element(String stencil, String line, int from, SourceLocation at) {
        List<Token> tokens = tokens(line, from, at);
        if (tokens == null) {
            return;
        }
        ElementSyntax.parse(stencil, tokens, at).ifPresentOrElse(
                parts -> elements.add(new Element(stencil, parts.label(), parts.alias(), parts.style(), parents(), at,
                        parts.aliasLocation())),
                () -> diagnostics.add(Diagnostic.error("MISSING_ALIAS", at,
                        "node `" + stencil + "` has no alias that arrows could refer to",
                        "write it as `" + stencil + " \"Label\" as alias`")));
    }

    boolean arrow(String text, int offset, SourceLocation at) {
        return ArrowSyntax.match(text).map(m -> {
            SourceLocation fromAt = new SourceLocation(at.file(), at.line(), offset + m.fromColumn() + 1);
            SourceLocation toAt = new SourceLocation(at.file(), at.line(), offset + m.toColumn() + 1);
            arrows.add(m.reversed()
                    ? new Arrow(m.to(), m.from(), m.shape(), m.style(), m.label(), toAt, fromAt)
                    : new Arrow(m.from(), m.to(), m.shape(), m.style(), m.label(), fromAt, toAt));
            return true;
        }).orElse(false);
    }

    Diagram build() {
        for (Group unclosed : open) {
            diagnostics.add(Diagnostic.error("UNCLOSED_GROUP", unclosed.location(),
                    "container \"" + unclosed.title() + "\" is not closed", "add `}` after its last statement"));
        }
        return new Diagram(name, location, direction, groups, elements, arrows);
    }

    private List<String> parents() {
        List<String> titles = new ArrayList<>();
        open.descendingIterator().forEachRemaining(g -> titles.add(g.title()));
        return titles;
    }

    /** The statement's tokens, or null after reporting an unterminated string. */
    private List<Token> tokens(String line, int from, SourceLocation at) {
        try {
            return Tokens.split(line, from);
        } catch (Tokens.UnterminatedString e) {
            diagnostics.add(Diagnostic.error("UNTERMINATED_STRING", new SourceLocation(at.file(), at.line(), e.column + 1),
                    "a quoted label is not closed", "add the closing `\"`"));
            return null;
        }
    }
}
