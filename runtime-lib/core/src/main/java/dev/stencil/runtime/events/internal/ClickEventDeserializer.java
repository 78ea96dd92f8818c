package dev.stencil.runtime.events.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.stencil.runtime.events.ClickEvent;
import java.io.IOException;

/** Reads a {@link ClickEvent} token by token: the hot path of every Kinesis batch. Unknown fields are skipped. */
public final class ClickEventDeserializer extends StdDeserializer<ClickEvent> {
    public ClickEventDeserializer() {
        super(ClickEvent.class);
    }

    @Override
    public ClickEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (ClickEvent) ctxt.handleUnexpectedToken(ClickEvent.class, p);
        }
        String eventId = null;
        String userId = null;
        String sessionId = null;
        String page = null;
        String referrer = null;
        String ip = null;
        String userAgent = null;
        long timestamp = 0;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "eventId" -> eventId = text(p, ctxt, value);
                case "userId" -> userId = text(p, ctxt, value);
                case "sessionId" -> sessionId = text(p, ctxt, value);
                case "page" -> page = text(p, ctxt, value);
                case "referrer" -> referrer = text(p, ctxt, value);
                case "ip" -> ip = text(p, ctxt, value);
                case "userAgent" -> userAgent = text(p, ctxt, value);
                case "timestamp" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        ctxt.reportInputMismatch(ClickEvent.class, "timestamp must be an integer (epoch ms)");
                    }
                    timestamp = p.getLongValue();
                }
                default -> p.skipChildren();
            }
        }
        return new ClickEvent(eventId, userId, sessionId, page, referrer, ip, userAgent, timestamp);
    }

    private static String text(JsonParser p, DeserializationContext ctxt, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getValueAsString();
            default -> {
                ctxt.reportInputMismatch(ClickEvent.class, "field " + p.currentName() + " must be a string");
                yield null;
            }
        };
    }
}
