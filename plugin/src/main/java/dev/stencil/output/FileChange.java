package dev.stencil.output;

/**
 * What happens to one path.
 *
 * @param path relative to the project root
 * @param action what is done to it
 */
public record FileChange(String path, Action action) {}
