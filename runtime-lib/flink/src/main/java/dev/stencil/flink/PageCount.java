package dev.stencil.flink;

/**
 * Number of clicks on one page within one event-time window.
 *
 * @param page        page the clicks were on
 * @param windowStart window start in epoch milliseconds, inclusive
 * @param windowEnd   window end in epoch milliseconds, exclusive
 * @param clicks      number of click events in the window
 */
public record PageCount(String page, long windowStart, long windowEnd, long clicks) {
}
