// Copied from what Stencil generates (see DeclaredPipelineCpuTime); regenerate the sample to refresh it.
package dev.stencil.runtime.bench.generated;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.JsonFields;
import dev.stencil.runtime.events.JsonOut;
import java.io.IOException;
import java.util.Objects;

/**
 * An event of schema {@code Click}, as the sidecar declares it: JSON on the wire under the
 * schema's field names. The handler reads it with {@link #READER}, on Jackson's streaming parser, and
 * the bulk encoder writes it with {@link #writeJson}, member by member ({@link #writeFields}); Jackson's data binding reads and writes it the
 * same way. An event without a field the schema requires, or with a value of another type, does not
 * decode, so it fails alone and reaches the function's on-failure destination.
 *
 * @param eventId {@code eventId}, string
 * @param userId {@code userId}, optional string
 * @param sessionId {@code sessionId}, optional string
 * @param page {@code page}, optional string
 * @param referrer {@code referrer}, optional string
 * @param ip {@code ip}, optional string
 * @param userAgent {@code userAgent}, optional string
 * @param timestamp {@code timestamp}, timestamp
 */
public record Click(
        @JsonProperty(value = "eventId", required = true) String eventId,
        @JsonProperty(value = "userId") String userId,
        @JsonProperty(value = "sessionId") String sessionId,
        @JsonProperty(value = "page") String page,
        @JsonProperty(value = "referrer") String referrer,
        @JsonProperty(value = "ip") String ip,
        @JsonProperty(value = "userAgent") String userAgent,
        @JsonProperty(value = "timestamp", required = true) long timestamp)
        implements JsonEvent {

    /** Reads one event from Jackson's streaming parser. */
    public static final JsonEvent.Reader<Click> READER = Click::read;

    public Click {
        Objects.requireNonNull(eventId, "eventId is required");
    }

    private static Click read(JsonParser $parser) throws IOException {
        JsonFields.startObject($parser, Click.class);
        String eventId = null;
        String userId = null;
        String sessionId = null;
        String page = null;
        String referrer = null;
        String ip = null;
        String userAgent = null;
        long timestamp = 0;
        boolean $hasTimestamp = false;
        for (String $field = $parser.nextFieldName(); $field != null; $field = $parser.nextFieldName()) {
            $parser.nextToken();
            switch ($field) {
                case "eventId" -> {
                    eventId = JsonFields.string($parser, "eventId");
                }
                case "userId" -> {
                    userId = JsonFields.string($parser, "userId");
                }
                case "sessionId" -> {
                    sessionId = JsonFields.string($parser, "sessionId");
                }
                case "page" -> {
                    page = JsonFields.string($parser, "page");
                }
                case "referrer" -> {
                    referrer = JsonFields.string($parser, "referrer");
                }
                case "ip" -> {
                    ip = JsonFields.string($parser, "ip");
                }
                case "userAgent" -> {
                    userAgent = JsonFields.string($parser, "userAgent");
                }
                case "timestamp" -> {
                    timestamp = JsonFields.longValue($parser, "timestamp");
                    $hasTimestamp = true;
                }
                default -> $parser.skipChildren();
            }
        }
        JsonFields.require($parser, Click.class, "eventId", eventId != null);
        JsonFields.require($parser, Click.class, "timestamp", $hasTimestamp);
        return new Click(
                eventId,
                userId,
                sessionId,
                page,
                referrer,
                ip,
                userAgent,
                timestamp);
    }

    @Override
    public void writeFields(JsonOut $out) {
        $out.field("eventId").string(eventId);
        $out.field("userId").string(userId);
        $out.field("sessionId").string(sessionId);
        $out.field("page").string(page);
        $out.field("referrer").string(referrer);
        $out.field("ip").string(ip);
        $out.field("userAgent").string(userAgent);
        $out.field("timestamp").number(timestamp);
    }
}
