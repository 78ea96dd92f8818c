package dev.stencil.plan;

/** Who owns a file of the generated project. */
public enum Ownership {
    /** Stencil's: rewritten on every run when its content changes, recorded in the manifest. */
    GENERATED,
    /** The user's: created once when missing, never overwritten. */
    USER
}
