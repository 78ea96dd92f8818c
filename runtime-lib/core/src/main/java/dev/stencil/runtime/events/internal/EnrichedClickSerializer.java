package dev.stencil.runtime.events.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    private static final SerializedString EVENT_ID = new SerializedString("eventId");
    private static final SerializedString USER_ID = new SerializedString("userId");
    private static final SerializedString SESSION_ID = new SerializedString("sessionId");
    private static final SerializedString PAGE = new SerializedString("page");
    private static final SerializedString REFERRER = new SerializedString("referrer");
    private static final SerializedString IP = new SerializedString("ip");
    private static final SerializedString USER_AGENT = new SerializedString("userAgent");
    private static final SerializedString TIMESTAMP = new SerializedString("timestamp");
    private static final SerializedString ISO_TIMESTAMP = new SerializedString("@timestamp");
    private static final SerializedString GEO = new SerializedString("geo");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString CITY = new SerializedString("city");
    private static final SerializedString PROFILE = new SerializedString("profile");

    @Override
    public void serialize(EnrichedClick click, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        string(g, EVENT_ID, click.eventId());
        string(g, USER_ID, click.userId());
        string(g, SESSION_ID, click.sessionId());
        string(g, PAGE, click.page());
        string(g, REFERRER, click.referrer());
        string(g, IP, click.ip());
        string(g, USER_AGENT, click.userAgent());
        g.writeFieldName(TIMESTAMP);
        g.writeNumber(click.timestamp());
        string(g, ISO_TIMESTAMP, IsoTime.format(click.timestamp()));
        if (click.geo() != null) {
            g.writeFieldName(GEO);
            g.writeStartObject();
            string(g, COUNTRY, click.geo().country());
            string(g, CITY, click.geo().city());
            g.writeEndObject();
        }
        g.writeFieldName(PROFILE);
        g.writeStartObject();
        for (Map.Entry<String, String> attribute : click.profile().entrySet()) {
            if (attribute.getValue() != null) {
                g.writeStringField(attribute.getKey(), attribute.getValue());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }
}
