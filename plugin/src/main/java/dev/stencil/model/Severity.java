package dev.stencil.model;

/** How bad a {@link Diagnostic} is: errors stop generation, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in printed diagnostics. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
