package dev.stencil.runtime.events.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.internal.IsoTime;
import java.io.IOException;
import java.util.Map;

/** Writes an {@link EnrichedClick} field by field in its documented shape (null fields left out). */
public final class EnrichedClickSerializer extends StdSerializer<EnrichedClick> {
    public EnrichedClickSerializer() {
        super(EnrichedClick.class);
    }

    @Override
    public void serialize(EnrichedClick click, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        string(g, "eventId", click.eventId());
        string(g, "userId", click.userId());
        string(g, "sessionId", click.sessionId());
        string(g, "page", click.page());
        string(g, "referrer", click.referrer());
        string(g, "ip", click.ip());
        string(g, "userAgent", click.userAgent());
        g.writeNumberField("timestamp", click.timestamp());
        g.writeStringField("@timestamp", IsoTime.format(click.timestamp()));
        if (click.geo() != null) {
            g.writeObjectFieldStart("geo");
            string(g, "country", click.geo().country());
            string(g, "city", click.geo().city());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("profile");
        for (Map.Entry<String, String> attribute : click.profile().entrySet()) {
            string(g, attribute.getKey(), attribute.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
