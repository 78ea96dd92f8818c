package dev.stencil.diagram;

import dev.stencil.model.FlowStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises arrow statements: {@code a --> b}, {@code a ..> b : label}, {@code b <-- a},
 * {@code a -[#red,dashed]-> b}, {@code a -up-> b}, {@code a .right.> b}, {@code a -- b}.
 */
final class ArrowSyntax {

    private static final Pattern ARROW = Pattern.compile(
            "^(?<from>[A-Za-z_]\\w*)\\s*"
                    + "(?<shape>(?<head><)?(?<body>[-.]+(?:\\[[^\\]]*\\]|(?:up|down|left|right|u|d|l|r)(?=[-.\\[]))*[-.]*)(?<tail>>)?)"
                    + "\\s*(?<to>[A-Za-z_]\\w*)\\s*(?::(?<label>.*))?$");

    /** The parts of an arrow statement, with 0-based columns relative to the statement. */
    record Match(
            String from, int fromColumn, String to, int toColumn, String shape, FlowStyle style, boolean reversed,
            String label) {}

    private ArrowSyntax() {}

    static Optional<Match> match(String statement) {
        Matcher m = ARROW.matcher(statement);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean head = m.group("head") != null;
        boolean tail = m.group("tail") != null;
        String body = m.group("body");
        if (!head && !tail && body.replaceAll("\\[[^\\]]*\\]", "").length() < 2) {
            return Optional.empty();
        }
        String label = m.group("label") == null ? "" : Labels.unquote(m.group("label"));
        FlowStyle style = !head && !tail || head && tail ? FlowStyle.ASSOCIATION
                : isDashed(body) ? FlowStyle.ASYNC : FlowStyle.SYNC;
        boolean reversed = head && !tail;
        return Optional.of(new Match(
                m.group("from"), m.start("from"), m.group("to"), m.start("to"), m.group("shape"), style, reversed,
                label));
    }

    private static boolean isDashed(String body) {
        String lines = body.replaceAll("\\[[^\\]]*\\]", "");
        return lines.contains(".") || body.contains("dashed") || body.contains("dotted");
    }
}
