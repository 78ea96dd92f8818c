package dev.stencil.runtime.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.stencil.runtime.events.internal.EnrichedClickSerializer;
import dev.stencil.runtime.internal.IsoTime;
import java.util.Map;

/**
 * The document indexed for one {@link ClickEvent}: the event, where it came from and who sent it.
 *
 * <p>JSON shape (null fields are left out; {@code @timestamp} is derived for OpenSearch's date detection):
 * <pre>{@code
 * {"eventId":"e-1","userId":"user-42","sessionId":"s-7f3a","page":"/products/42",
 *  "referrer":"https://example.com/","ip":"203.0.113.7","userAgent":"Mozilla/5.0",
 *  "timestamp":1764236400000,"@timestamp":"2025-11-27T09:40:00Z",
 *  "geo":{"country":"AU","city":"Sydney"},
 *  "profile":{"segment":"pro","plan":"annual"}}
 * }</pre>
 *
 * @param eventId   the event's id, also the document id
 * @param userId    the user, or {@code null}
 * @param sessionId the session, or {@code null}
 * @param page      the page, or {@code null}
 * @param referrer  the referrer, or {@code null}
 * @param ip        the client address, or {@code null}
 * @param userAgent the user agent, or {@code null}
 * @param timestamp epoch milliseconds
 * @param geo       the address's location, or {@code null} when unknown
 * @param profile   the user's profile attributes, empty when unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(using = EnrichedClickSerializer.class)
public record EnrichedClick(
        String eventId,
        String userId,
        String sessionId,
        String page,
        String referrer,
        String ip,
        String userAgent,
        long timestamp,
        GeoLocation geo,
        Map<String, String> profile) {

    public EnrichedClick {
        profile = profile == null ? Map.of() : Map.copyOf(profile);
    }

    /** The event joined with an optional location and an optional profile (either may be {@code null}). */
    public static EnrichedClick of(ClickEvent event, GeoLocation geo, UserProfile profile) {
        return new EnrichedClick(event.eventId(), event.userId(), event.sessionId(), event.page(),
                event.referrer(), event.ip(), event.userAgent(), event.timestamp(), geo,
                profile == null ? Map.of() : profile.attributes());
    }

    /** The event time as ISO-8601, so that OpenSearch maps it as a date without an index template. */
    @JsonProperty("@timestamp")
    public String isoTimestamp() {
        return IsoTime.format(timestamp);
    }
}
