package dev.stencil.runtime.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClickEventBytesTest {
    private static ClickEvent plain(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return ClickEventBytes.parse(bytes, 0, bytes.length);
    }

    private static ClickEvent jackson(byte[] bytes) {
        try {
            return Json.MAPPER.readValue(bytes, ClickEvent.class);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }

    @Test
    void readsWhatJacksonReadsFromGeneratedEvents() throws Exception {
        for (ClickEvent event : new ClickstreamGenerator(7, 100, 0.3, 1_764_236_400_000L).next(2_000)) {
            assertThat(plain(Json.MAPPER.writeValueAsString(event))).isEqualTo(event);
        }
    }

    @Test
    void skipsUnknownPlainMembersAndWhitespace() {
        assertThat(plain(" {\n\t\"x\":true, \"eventId\" : \"e-1\",\"n\":-0,\"z\":null,\"y\":\"\",\"timestamp\":5,"
                + "\"f\":false,\"page\":\"/a b\u007f\"}\r\n"))
                .isEqualTo(new ClickEvent("e-1", null, null, "/a b\u007f", null, null, null, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"eventId\":\"e\\u0031\",\"timestamp\":5}",
        "{\"eventId\":\"\u00e9\",\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"timestamp\":5.0}",
        "{\"eventId\":\"e-1\",\"timestamp\":5e3}",
        "{\"eventId\":\"e-1\",\"timestamp\":\"5\"}",
        "{\"eventId\":\"e-1\",\"timestamp\":1234567890123456789}",
        "{\"eventId\":\"e-1\",\"timestamp\":05}",
        "{\"eventId\":\"e-1\",\"timestamp\":-5}",
        "{\"eventId\":\"e-1\",\"timestamp\":null}",
        "{\"eventId\":7,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"userId\":true,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":{},\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":[],\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"timestamp\":5,}",
        "{\"eventId\":\"e-1\",\"timestamp\":5} x",
        "{\"eventId\":\"e-1\",\"timestamp\":5}}",
        "{\"eventId\":\" \",\"timestamp\":5}",
        "{\"eventId\":\"e-1\"}",
        "{}",
        "\ufeff{\"eventId\":\"e-1\",\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"timestamp\":5",
        "{\"eventId\":\"e-1\",\"timestamp\":nul}",
        "null"
    })
    void leavesEverythingElseToJackson(String json) {
        assertThat(plain(json)).isNull();
    }

    /** Random edits of valid events: whenever the plain reader accepts the bytes, Jackson reads the same event. */
    @Test
    void neverDisagreesWithJackson() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "{}[]\":,.-+eE0123456789 \n\t\\tuefalsnrx\u00e9";
        int accepted = 0;
        for (ClickEvent event : new ClickstreamGenerator(3, 50, 0.3, 1_764_236_400_000L).next(20_000)) {
            StringBuilder json = new StringBuilder(Json.MAPPER.writeValueAsString(event));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(json.length());
                switch (random.nextInt(3)) {
                    case 0 -> json.deleteCharAt(at);
                    case 1 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            ClickEvent fast = ClickEventBytes.parse(bytes, 0, bytes.length);
            if (fast != null) {
                accepted++;
                assertThat(fast).as(json.toString()).isEqualTo(jackson(bytes));
            }
        }
        assertThat(accepted).as("edits that keep the plain form").isGreaterThan(1_000);
    }

    @Test
    void readsASliceOfALargerArray() {
        byte[] bytes = "xx{\"eventId\":\"e-2\",\"timestamp\":7}yy".getBytes(StandardCharsets.UTF_8);

        assertThat(ClickEventBytes.parse(bytes, 2, bytes.length - 2))
                .isEqualTo(new ClickEvent("e-2", null, null, null, null, null, null, 7));
    }
}
