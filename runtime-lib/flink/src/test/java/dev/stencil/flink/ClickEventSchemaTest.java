package dev.stencil.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClickEventSchemaTest {

    private final ClickEventSchema schema = new ClickEventSchema();

    @Test
    void readsAClickEventAndIgnoresUnknownFields() {
        ClickEvent event = schema.deserialize(bytes("""
                {"eventId":"e1","userId":"u1","sessionId":"s1","page":"/home","ip":"192.0.2.1",
                 "userAgent":"test","timestamp":1767261600000,"referrer":"/"}"""));

        assertEquals(new ClickEvent("e1", "u1", "s1", "/home", "192.0.2.1", "test", 1767261600000L), event);
    }

    @Test
    void skipsMalformedRecords() {
        assertNull(schema.deserialize(bytes("not json")));
    }

    @Test
    void skipsEventsWithoutAPage() {
        assertNull(schema.deserialize(bytes("{\"eventId\":\"e1\",\"timestamp\":1}")));
    }

    @Test
    void skipsWhatFunctionsRefuseToo() {
        // The local run's poison records: functions send these to their on-failure destination.
        assertNull(schema.deserialize(bytes("{\"eventId\":\"p1\",\"page\":\"/poison\"}")));
        assertNull(schema.deserialize(bytes("{\"eventId\":\"p2\",\"page\":\"/poison\",\"timestamp\":\"yesterday\"}")));
        assertNull(schema.deserialize(bytes("{\"page\":\"/home\",\"timestamp\":1767261600000}")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
