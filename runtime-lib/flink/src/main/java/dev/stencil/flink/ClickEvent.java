package dev.stencil.flink;

/**
 * One clickstream event as producers write it to the stream, one JSON object per record.
 *
 * @param eventId   unique id of the event, set by the producer
 * @param userId    id of the signed-in user, or an anonymous id
 * @param sessionId id of the browsing session
 * @param page      page that was clicked, the aggregation key
 * @param ip        client IP address
 * @param userAgent client user agent
 * @param timestamp event time in epoch milliseconds, set by the producer
 */
public record ClickEvent(
        String eventId,
        String userId,
        String sessionId,
        String page,
        String ip,
        String userAgent,
        long timestamp) {
}
