package dev.stencil.model;

import java.util.Objects;

/**
 * One problem found in a diagram, located and actionable.
 *
 * @param code a stable identifier such as {@code UNKNOWN_STENCIL}; never changes meaning
 * @param severity whether it stops generation
 * @param location where it is
 * @param message what is wrong
 * @param hint what to do about it
 */
public record Diagnostic(String code, Severity severity, SourceLocation location, String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        message = printable(Objects.requireNonNull(message, "message"));
        hint = hint == null ? "" : printable(hint);
    }

    /** The text with control characters (a NUL or escape byte quoted from a file) shown as {@code \\uXXXX}. */
    private static String printable(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : (char) c));
        return out.toString();
    }

    public static Diagnostic error(String code, SourceLocation location, String message, String hint) {
        return new Diagnostic(code, Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(String code, SourceLocation location, String message, String hint) {
        return new Diagnostic(code, Severity.WARNING, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form {@code path:line:column: error [CODE] message}. */
    public String headline() {
        return location + ": " + severity.word() + " [" + code + "] " + message;
    }
}
