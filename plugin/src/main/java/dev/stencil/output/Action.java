package dev.stencil.output;

/** What writing a project does to one file. */
public enum Action {
    /** The file did not exist and is written. */
    CREATE,
    /** A generated file whose content changed is rewritten. */
    UPDATE,
    /** A generated file with the same content is left alone, modification time included. */
    UNCHANGED,
    /** A user-owned file that exists is kept as the user left it. */
    KEEP,
    /** A generated file the new plan no longer has is removed. */
    DELETE
}
