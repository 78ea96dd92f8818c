package dev.stencil.plan.view;

/**
 * Feeds the description the local run makes one declared stream's events from.
 *
 * @param json the stream's fields, values, id, partition key, event time and seed, as JSON
 */
public record LocalEventsView(String json) {}
