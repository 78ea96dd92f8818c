package dev.stencil.runtime.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.stencil.runtime.events.internal.ClickEventDeserializer;

/**
 * One page view or click, as producers put it on the stream.
 *
 * <p>JSON shape (UTF-8, one object per Kinesis record; unknown fields are ignored, optional
 * fields may be absent or {@code null}):
 * <pre>{@code
 * {
 *   "eventId":   "0f8e3c1a-6a4b-4d0e-9d55-3f2b1c7a9e10",  required, unique; becomes the document id
 *   "userId":    "user-42",                                optional; key of the profile join
 *   "sessionId": "s-7f3a",                                 optional
 *   "page":      "/products/42",                           optional
 *   "referrer":  "https://example.com/",                   optional
 *   "ip":        "203.0.113.7",                            optional; IPv4 or IPv6 literal, key of the geo-IP lookup
 *   "userAgent": "Mozilla/5.0 ...",                        optional
 *   "timestamp": 1764236400000                             required; epoch milliseconds, UTC
 * }
 * }</pre>
 *
 * @param eventId   unique id of the event, never blank
 * @param userId    the user, or {@code null} for anonymous traffic
 * @param sessionId the browser session
 * @param page      the path viewed
 * @param referrer  the referring URL
 * @param ip        the client address
 * @param userAgent the client's user agent
 * @param timestamp when the event happened, epoch milliseconds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = ClickEventDeserializer.class)
public record ClickEvent(
        String eventId,
        String userId,
        String sessionId,
        String page,
        String referrer,
        String ip,
        String userAgent,
        long timestamp) {

    /** Rejects events no sink could store: no id, or no time. */
    public ClickEvent {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("eventId is required");
        }
        if (timestamp <= 0) {
            throw new IllegalArgumentException("timestamp must be positive epoch milliseconds, got " + timestamp);
        }
    }
}
