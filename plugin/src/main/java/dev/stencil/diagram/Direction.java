package dev.stencil.diagram;

/** The layout direction a diagram declares; drawing only, kept for the round trip. */
public enum Direction {
    TOP_TO_BOTTOM,
    LEFT_TO_RIGHT
}
