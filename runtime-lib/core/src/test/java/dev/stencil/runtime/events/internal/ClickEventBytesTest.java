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

    @Test
    void skipsUnknownMembersOfAnyKind() {
        assertThat(plain("{\"ctx\":{\"a\":[1,-2.5e+3,0.0,1E-2,{\"b\":null,\"c\":[]}],\"d\":{}},\"eventId\":\"e-1\","
                + "\"n\":123456789012345678901234567890,\"timestamp\":5,\"s\":\"\\u00e9\"}"))
                .isEqualTo(new ClickEvent("e-1", null, null, null, null, null, null, 5));
    }

    @Test
    void takesTheTextOfNumbersAndBooleansAsJacksonDoes() {
        assertThat(plain("{\"eventId\":-7.50e+2,\"userId\":42,\"page\":true,\"ip\":false,\"timestamp\":5}"))
                .isEqualTo(new ClickEvent("-7.50e+2", "42", null, "true", null, "false", null, 5));
    }

    @Test
    void leavesDeepNestingToJackson() {
        String deep = "[".repeat(70) + "]".repeat(70);

        assertThat(plain("{\"x\":" + deep + ",\"eventId\":\"e-1\",\"timestamp\":5}")).isNull();
        assertThat(plain("{\"x\":" + deep.substring(6, 134) + ",\"eventId\":\"e-1\",\"timestamp\":5}")).isNotNull();
    }

    @Test
    void readsEscapesAndUtf8() {
        assertThat(plain("{\"eventId\":\"e\\u0031\\\"\\\\\\/\\b\\f\\n\\r\\t\\ud83d\","
                + "\"page\":\"\u00e9\u20ac\ud83d\ude00\",\"x\":\"\\u00e9\",\"timestamp\":5}"))
                .isEqualTo(new ClickEvent("e1\"\\/\b\f\n\r\t\ud83d", null, null, "\u00e9\u20ac\ud83d\ude00", null, null,
                        null, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"eventId\":\"e\\x\",\"timestamp\":5}",
        "{\"eventId\":\"e\\u12\",\"timestamp\":5}",
        "{\"eventId\":\"e\\u12g4\",\"timestamp\":5}",
        "{\"eventId\":\"e\u0001\",\"timestamp\":5}",
        "{\"event\\u0049d\":\"e-1\",\"timestamp\":5}",
        "{\"\u00e9\":\"e-1\",\"eventId\":\"e-1\",\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"timestamp\":5.0}",
        "{\"eventId\":\"e-1\",\"timestamp\":5e3}",
        "{\"eventId\":\"e-1\",\"timestamp\":\"5\"}",
        "{\"eventId\":\"e-1\",\"timestamp\":1234567890123456789}",
        "{\"eventId\":\"e-1\",\"timestamp\":05}",
        "{\"eventId\":\"e-1\",\"timestamp\":-5}",
        "{\"eventId\":\"e-1\",\"timestamp\":null}",
        "{\"eventId\":{},\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"userId\":[],\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":{\"a\"},\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":[1,],\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":[1}],\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":1.,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":-,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":1e,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":01,\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":\"\\q\",\"timestamp\":5}",
        "{\"eventId\":\"e-1\",\"x\":{\"\\q\":1},\"timestamp\":5}",
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

    @Test
    void leavesMalformedUtf8ToJackson() {
        byte[][] malformed = {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0x80}};
        for (byte[] bad : malformed) {
            byte[] start = "{\"eventId\":\"e".getBytes(StandardCharsets.UTF_8);
            byte[] end = "\",\"timestamp\":5}".getBytes(StandardCharsets.UTF_8);
            byte[] json = new byte[start.length + bad.length + end.length];
            System.arraycopy(start, 0, json, 0, start.length);
            System.arraycopy(bad, 0, json, start.length, bad.length);
            System.arraycopy(end, 0, json, start.length + bad.length, end.length);

            assertThat(ClickEventBytes.parse(json, 0, json.length)).isNull();
        }
    }

    /**
     * Random edits of valid events, at the level of characters (escapes, UTF-8 of every length) and of bytes
     * (malformed UTF-8): whenever this reader accepts the bytes, Jackson reads the same event.
     */
    @Test
    void neverDisagreesWithJackson() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "{}[]\":,.-+eE0123456789aAfF \n\t\\\\tuefalsnrx/\u0001\u00e9\u20ac\ud83d\ude00";
        int accepted = 0;
        String nested = "\"ctx\":{\"a\":[1,-2.5e+3,true,{\"b\":null}],\"s\":\"x\\u00e9\"},";
        for (ClickEvent event : new ClickstreamGenerator(3, 50, 0.3, 1_764_236_400_000L).next(60_000)) {
            StringBuilder json = new StringBuilder(Json.MAPPER.writeValueAsString(event));
            if (random.nextBoolean()) {
                json.insert(1, nested);
            }
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(json.length());
                switch (random.nextInt(3)) {
                    case 0 -> json.deleteCharAt(at);
                    case 1 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(128));
            }
            ClickEvent fast = ClickEventBytes.parse(bytes, 0, bytes.length);
            if (fast != null) {
                accepted++;
                assertThat(fast).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(jackson(bytes));
            }
        }
        assertThat(accepted).as("edits that this reader accepts").isGreaterThan(2_000);
    }

    @Test
    void readsASliceOfALargerArray() {
        byte[] bytes = "xx{\"eventId\":\"e-2\",\"timestamp\":7}yy".getBytes(StandardCharsets.UTF_8);

        assertThat(ClickEventBytes.parse(bytes, 2, bytes.length - 2))
                .isEqualTo(new ClickEvent("e-2", null, null, null, null, null, null, 7));
    }
}
