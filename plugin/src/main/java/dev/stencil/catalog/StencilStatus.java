package dev.stencil.catalog;

/** What Stencil knows about a stencil name. */
public enum StencilStatus {
    /** A supported service under its preferred name or an equal variant. */
    SUPPORTED,
    /** A supported service under an old name; it works, with a warning naming the new one. */
    LEGACY,
    /** A real AWS stencil whose service Stencil cannot build yet. */
    UNSUPPORTED,
    /** Not a stencil name at all. */
    UNKNOWN
}
