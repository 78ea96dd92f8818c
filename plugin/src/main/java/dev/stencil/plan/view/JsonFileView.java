package dev.stencil.plan.view;

/**
 * Feeds a JSON file the plan works out whole: the description the local run makes a declared
 * stream's events from, or a declared schema's OpenSearch mappings.
 *
 * @param json the file's content
 */
public record JsonFileView(String json) {}
