package dev.stencil.plan.view;

/**
 * Feeds a generated file that is the text of a file the sidecar names, as it is (a geo-IP table put
 * beside the functions' classes).
 *
 * @param text the file's text
 */
public record TextFileView(String text) {}
