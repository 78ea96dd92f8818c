package dev.stencil.model;

/** What an arrow's line style says about the flow it draws. */
public enum FlowStyle {
    /** {@code -->}: a call, or a synchronous or batch flow. */
    SYNC,
    /** {@code ..>}: an asynchronous or streaming flow. */
    ASYNC,
    /** {@code --} or {@code ..}: an association without direction. */
    ASSOCIATION
}
