package dev.stencil.runtime.events.internal;

import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.internal.IsoTime;
import dev.stencil.runtime.internal.JsonBytes;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes an {@link EnrichedClick} as the same JSON as {@link EnrichedClickSerializer}, byte for byte, straight
 * into a {@link JsonBytes}: the bulk sink's hot path, without Jackson.
 */
public final class EnrichedClickBytes {
    private static final byte[][] NAMES = {name("eventId"), name("userId"), name("sessionId"), name("page"),
        name("referrer"), name("ip"), name("userAgent")};
    private static final byte[] TIMESTAMP = name("timestamp");
    private static final byte[] ISO_TIMESTAMP = name("@timestamp");
    private static final byte[] GEO_COUNTRY = name("geo\":{\"country");
    private static final byte[] CITY = name("city");
    private static final byte[] PROFILE = name("profile");

    private EnrichedClickBytes() {
    }

    public static void write(EnrichedClick click, JsonBytes out) {
        out.raw('{');
        String[] texts = {click.eventId(), click.userId(), click.sessionId(), click.page(), click.referrer(),
            click.ip(), click.userAgent()};
        int written = 0;
        for (int f = 0; f < texts.length; f++) {
            if (texts[f] != null) {
                member(out, NAMES[f], written++ == 0).string(texts[f]);
            }
        }
        member(out, TIMESTAMP, written == 0).number(click.timestamp());
        member(out, ISO_TIMESTAMP, false).string(IsoTime.format(click.timestamp()));
        if (click.geo() != null) {
            member(out, GEO_COUNTRY, false).string(click.geo().country());
            if (click.geo().city() != null) {
                member(out, CITY, false).string(click.geo().city());
            }
            out.raw('}');
        }
        member(out, PROFILE, false).raw('{');
        boolean first = true;
        for (Map.Entry<String, String> attribute : click.profile().entrySet()) {
            if (!first) {
                out.raw(',');
            }
            first = false;
            out.string(attribute.getKey()).raw(':').string(attribute.getValue());
        }
        out.raw('}').raw('}');
    }

    private static JsonBytes member(JsonBytes out, byte[] name, boolean first) {
        if (!first) {
            out.raw(',');
        }
        return out.raw(name);
    }

    /** {@code "name":} as bytes. */
    private static byte[] name(String name) {
        return ('"' + name + "\":").getBytes(StandardCharsets.UTF_8);
    }
}
